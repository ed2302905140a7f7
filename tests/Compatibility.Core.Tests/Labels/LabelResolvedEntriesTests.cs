using System.Globalization;
using System.Text;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Labels;

/// <summary>
/// Every entry of every fixture with the reading that won, the ingredient it names and its classes, against the
/// golden files in Fixtures/Resolved (format and how they were checked: Fixtures/Resolved/README.md). Regenerate with
/// <c>UPDATE_RESOLVED_LABELS=1</c>, then review the diff line by line before committing it.
/// </summary>
public sealed class LabelResolvedEntriesTests
{
    private static readonly Lazy<LabelAnalyzer> Analyzer = new(() => new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load())));

    public static TheoryData<string> Fixtures() => new(LabelFixtures.Names);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_entry_resolves_to_its_golden_ingredient_and_classes(string fixture)
    {
        var actual = Describe(Analyzer.Value.Analyze(LabelFixtures.Read(fixture)));
        var path = Path.Combine(SourceDirectory(), fixture);
        if (Environment.GetEnvironmentVariable("UPDATE_RESOLVED_LABELS") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no Resolved/{fixture}: run with UPDATE_RESOLVED_LABELS=1 and review it");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Every_fixture_has_a_golden_file_and_no_golden_file_is_orphaned()
    {
        var golden = Directory.GetFiles(SourceDirectory(), "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(LabelFixtures.Names, golden);
    }

    /// <summary>One line per entry: <c>position | [desc]/[may] input | reading kind 'text' | id [classes] percent | also: …</c>.</summary>
    internal static string Describe(LabelAnalysis analysis)
    {
        var text = new StringBuilder();
        foreach (var entry in analysis.Entries)
        {
            text.Append(entry.Position.ToString(CultureInfo.InvariantCulture)).Append(" | ");
            if (entry.MayContain) text.Append("[may] ");
            if (entry.Origin == EntryOrigin.Description) text.Append("[desc] ");
            text.Append(entry.Input.ReplaceLineEndings(" ")).Append(" | ");
            var chosen = entry.Readings.LastOrDefault(r => r.Outcome == Outcomes.Chosen);
            text.Append(chosen is null ? "-" : $"{chosen.Kind} '{chosen.Text}'").Append(" | ");
            text.Append(Part(entry.Match, entry.Percent, entry.Match is null ? entry.Input : null));
            foreach (var also in entry.Also)
            {
                text.Append(" | also ").Append(Part(also.Match, also.Percent, also.Match is null ? also.Text : null));
            }

            if (entry.SpeciesCandidates.Count > 0)
            {
                text.Append(" | candidates ").Append(string.Join(", ", entry.SpeciesCandidates));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Part(IngredientMatch? match, decimal? percent, string? unknown)
    {
        var pct = percent is { } p ? " " + p.ToString(CultureInfo.InvariantCulture) + "%" : "";
        if (match is null) return $"unrecognised '{unknown}'{pct}";
        var fuzzy = match.Confidence == MatchConfidence.Fuzzy ? " (fuzzy)" : "";
        return $"{match.Ingredient.Id} [{string.Join(", ", match.Ingredient.Classes)}]{pct}{fuzzy}";
    }

    // The golden files live in the source tree (the test output holds only the fixtures).
    private static string SourceDirectory() =>
        Repository.PathTo("tests", "Compatibility.Core.Tests", "Labels", "Fixtures", "Resolved");
}
