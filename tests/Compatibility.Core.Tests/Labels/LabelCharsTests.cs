using Compatibility.Core.Labels.Reading;

namespace Compatibility.Core.Tests.Labels;

/// <summary>The cheap character test before an ordinal ignore-case comparison never rules out a real match.</summary>
public sealed class LabelCharsTests
{
    [Fact]
    public void May_equal_ignoring_case_says_no_only_for_characters_that_differ()
    {
        // Every pair where one side is ASCII (the test decides only those), against a range of letters, accents and signs.
        for (var a = 0; a < 128; a++)
        {
            for (var b = 0; b < 0x250; b++)
            {
                var equal = string.Equals(((char)a).ToString(), ((char)b).ToString(), StringComparison.OrdinalIgnoreCase);
                Assert.True(!equal || LabelChars.MayEqualIgnoringCase((char)a, (char)b), $"U+{a:X4} / U+{b:X4}");
                Assert.True(!equal || LabelChars.MayEqualIgnoringCase((char)b, (char)a), $"U+{b:X4} / U+{a:X4}");
            }
        }

        Assert.False(LabelChars.MayEqualIgnoringCase('a', 'b'));
        Assert.True(LabelChars.MayEqualIgnoringCase('a', 'A'));
        Assert.True(LabelChars.MayEqualIgnoringCase('\u212A', 'k')); // left to the full comparison
    }
}
