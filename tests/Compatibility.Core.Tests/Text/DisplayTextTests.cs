using Compatibility.Core.Text;

namespace Compatibility.Core.Tests.Text;

/// <summary>Which characters a name or ref may not carry, and how output writers strip them.</summary>
public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("a\u0000b", 0x0000)] // NUL
    [InlineData("a\u000Bb", 0x000B)] // VT
    [InlineData("a\u000Cb", 0x000C)] // FF
    [InlineData("a\nb", 0x000A)]
    [InlineData("a\u007Fb", 0x007F)] // DEL
    [InlineData("a\u0085b", 0x0085)] // NEL
    [InlineData("a\u2028b", 0x2028)] // line separator
    [InlineData("a\u2029b", 0x2029)] // paragraph separator
    [InlineData("a\u202Eb", 0x202E)] // right-to-left override
    [InlineData("a\u202Ab", 0x202A)] // left-to-right embedding
    [InlineData("a\u2066b", 0x2066)] // left-to-right isolate
    [InlineData("a\u2069b", 0x2069)] // pop directional isolate
    public void Controls_separators_and_bidi_controls_are_refused(string value, int codePoint)
    {
        var problem = DisplayText.Problem(value);
        Assert.NotNull(problem);
        Assert.Contains($"U+{codePoint:X4} at 2", problem);
    }

    [Theory]
    [InlineData("Retinol 0.5% in Squalane")]
    [InlineData("Crème Ëclat — nuit")]
    [InlineData("ناعم")]
    [InlineData("Serum 🌙")]
    [InlineData("Soft\u00ADhyphen")] // a format character, but not a bidi control: names keep it
    [InlineData("")]
    public void Ordinary_text_passes(string value) => Assert.Null(DisplayText.Problem(value));

    [Fact]
    public void An_unpaired_surrogate_is_refused() =>
        Assert.Equal("Must not contain an unpaired surrogate (at 2).", DisplayText.Problem("a\uD83Db"));

    [Fact]
    public void Strip_drops_controls_and_turns_breaks_into_the_given_break()
    {
        Assert.Equal("ab|c|d|e|f g", DisplayText.Strip("a\u0000b\r\nc\nd\u2028e\u0085f\tg\u202E", lineBreak: "|"));
        const string plain = "Plain text";
        Assert.Same(plain, DisplayText.Strip(plain));
    }

    [Theory]
    [InlineData("abcdef", 6, "abcdef")]          // fits: unchanged
    [InlineData("abcdefg", 6, "abcde…")]         // six characters, the last the ellipsis
    [InlineData("abc  defg", 6, "abc…")]         // blanks before the ellipsis dropped
    [InlineData("abcd🌙xyz", 6, "abcd…")] // the cut after 5 would split the moon's pair: 4 kept
    [InlineData("abc🌙xyz", 6, "abc🌙…")] // the pair fits whole in the 5 kept
    public void Shorten_cuts_to_the_length_with_an_ellipsis_and_never_splits_a_pair(string value, int maxLength, string expected) =>
        Assert.Equal(expected, DisplayText.Shorten(value, maxLength));
}
