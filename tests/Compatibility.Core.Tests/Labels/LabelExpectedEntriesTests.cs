using System.Text.RegularExpressions;
using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.Labels;

/// <summary>
/// Every entry of every fixture against the hand-typed list in Fixtures/Expected (typed from the labels, never produced
/// by the parser; format in Fixtures/Expected/README.md). Fixtures where the reader and the hand list still differ are
/// listed with the reason; the test fails when one of them starts to agree, so the list stays true.
/// </summary>
public sealed partial class LabelExpectedEntriesTests
{
    private static readonly string ExpectedDirectory = Path.Combine(LabelFixtures.Directory, "..", "Expected");

    // Fixtures whose reading still differs from the hand list, with the reason. Empty since every fixture reads as typed.
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures() => new(LabelFixtures.Names);

    [Fact]
    public void Every_fixture_has_a_hand_typed_list_and_at_least_100_fixtures_exist()
    {
        Assert.True(LabelFixtures.Names.Count >= 100, $"only {LabelFixtures.Names.Count} fixtures");
        Assert.All(LabelFixtures.Names, n => Assert.True(File.Exists(Path.Combine(ExpectedDirectory, n)), $"no Expected/{n}"));
        Assert.All(KnownDifferences.Keys, n => Assert.Contains(n, LabelFixtures.Names));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_entry_is_the_one_a_person_reads(string fixture)
    {
        var expected = File.ReadAllLines(Path.Combine(ExpectedDirectory, fixture))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal))
            .Select(Normalize)
            .ToList();
        var actual = LabelParser.Parse(LabelFixtures.Read(fixture))
            .Select(e => (e.MayContain ? "[may] " : e.Origin == EntryOrigin.Description ? "[desc] " : "") + Normalize(e.Input))
            .ToList();

        if (KnownDifferences.TryGetValue(fixture, out var reason))
        {
            Assert.False(expected.SequenceEqual(actual), $"{fixture} now agrees with its hand list ({reason}): remove it from KnownDifferences");
            return;
        }

        Assert.Equal(expected, actual);
    }

    // The hand lists drop footnote marks and the list's final full stop and collapse blanks (Expected/README.md).
    private static string Normalize(string entry) =>
        Blanks().Replace(Marks().Replace(entry, ""), " ").Trim().TrimEnd('.').Trim().ToLowerInvariant();

    [GeneratedRegex(@"[\*†‡°¹²³™®©]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
