using Compatibility.Core.Labels.Reading;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.LabelParsing;

/// <summary>The analyser over the real embedded catalogue: traps of real labels and the recognition goal on the fixtures.</summary>
public sealed class RealCatalogueAnalyzerTests
{
    private static readonly Lazy<LabelAnalyzer> Analyzer = new(() => new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load())));

    private static AnalyzedEntry Single(string label) => Assert.Single(Analyzer.Value.Analyze(label).Entries);

    [Theory]
    [InlineData("Butyl Methoxydibenzoylmethane", "butyl-methoxydibenzoylmethane", IngredientClass.BenzoylPeroxide)]
    [InlineData("Avobenzone 3%", "butyl-methoxydibenzoylmethane", IngredientClass.BenzoylPeroxide)]
    [InlineData("Ethylhexyl Salicylate", "ethylhexyl-salicylate", IngredientClass.Bha)]
    [InlineData("Octisalate", "ethylhexyl-salicylate", IngredientClass.Bha)]
    [InlineData("Benzyl Salicylate", "benzyl-salicylate", IngredientClass.Bha)]
    [InlineData("Caprylic/Capric Triglyceride", "caprylic-capric-triglyceride", IngredientClass.Aha)]
    public void A_name_is_never_matched_inside_a_longer_name(string label, string id, string notClass)
    {
        var entry = Single(label);

        Assert.Equal(id, entry.Match!.Ingredient.Id);
        Assert.DoesNotContain(notClass, entry.Match.Ingredient.Classes);
    }

    [Theory]
    [InlineData("Gylcerin", "glycerin")]
    [InlineData("Glycolici Acid", "glycolic-acid")]
    [InlineData("Methl Trimethicone", "methyl-trimethicone")]
    [InlineData("Sodum Hyaluronate", "sodium-hyaluronate")]
    public void Typos_from_real_feeds_match_fuzzily(string label, string id)
    {
        var entry = Single(label);

        Assert.Equal(id, entry.Match!.Ingredient.Id);
        Assert.Equal(MatchConfidence.Fuzzy, entry.Match.Confidence);
    }

    [Theory]
    [InlineData("Parfum/Fragrance", "parfum", IngredientClass.Fragrance)]
    [InlineData("Salicylic Acid (BHA/exfoliant)", "salicylic-acid", IngredientClass.Bha)]
    [InlineData("Retinyl Palmitate (Vitamin A)", "retinyl-palmitate", IngredientClass.Retinoid)]
    [InlineData("Ascorbic Acid", "ascorbic-acid", IngredientClass.VitaminC)]
    [InlineData("Octinoxate 7.5%", "ethylhexyl-methoxycinnamate", IngredientClass.ChemicalUvFilter)]
    [InlineData("Zinc Oxide 9%", "zinc-oxide", IngredientClass.MineralUvFilter)]
    public void Label_names_resolve_to_the_ingredient_and_its_class(string label, string id, string cls)
    {
        var entry = Single(label);

        Assert.Equal(id, entry.Match!.Ingredient.Id);
        Assert.Contains(cls, entry.Match.Ingredient.Classes);
    }

    [Fact]
    public void Unknown_names_are_unrecognised_with_suggestions()
    {
        var entry = Single("Sodium Hyalur"); // a name cut short, as feeds do

        Assert.Null(entry.Match);
        Assert.Contains("SODIUM HYALURONATE", entry.Suggestions);
    }

    [Fact]
    public void Clean_real_labels_are_recognised_at_least_97_percent()
    {
        var entries = LabelFixtures.Names.SelectMany(n => Analyzer.Value.Analyze(LabelFixtures.Read(n)).Entries).ToList();

        var share = (double)entries.Count(e => e.Match is not null) / entries.Count;

        Assert.True(share >= 0.97, $"recognised {share:P1} of {entries.Count} entries");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_entry_is_accounted_for(string fixture)
    {
        var analysis = Analyzer.Value.Analyze(LabelFixtures.Read(fixture));
        var parsed = LabelParser.Parse(LabelFixtures.Read(fixture));

        // Every parsed entry is an analysed entry, half of a joined pair, or a description dropped with its reason.
        var listed = analysis.Entries.Where(e => e.Origin == EntryOrigin.Label).ToList();
        var joinedTails = listed.Count(e => e.Readings.Any(r => r.Kind == "joined"));
        Assert.Equal(parsed.Count(e => e.Origin == EntryOrigin.Label), listed.Count + joinedTails);
        Assert.Equal(
            parsed.Count(e => e.Origin == EntryOrigin.Description),
            analysis.Entries.Count(e => e.Origin == EntryOrigin.Description) + analysis.Dropped.Count(d => d.Reason == DropReason.Description));
        Assert.Equal(analysis.Entries.Count, analysis.Recognized + analysis.Unrecognized);
    }

    public static TheoryData<string> Fixtures() => new(LabelFixtures.Names);
}
