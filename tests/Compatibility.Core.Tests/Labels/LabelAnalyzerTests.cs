using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;
using static Compatibility.Core.Tests.Labels.StubNameMatcher;

namespace Compatibility.Core.Tests.Labels;

/// <summary>The analyser's matching order and bookkeeping, over a small hand-built catalogue.</summary>
public sealed class LabelAnalyzerTests
{
    private static readonly Ingredient[] Catalogue =
    [
        Ingredient("AQUA"),
        Ingredient("WATER", ["Eau", "Purified Water"]),
        Ingredient("PARFUM", ["Fragrance"], [IngredientClass.Fragrance]),
        Ingredient("GLYCERIN"),
        Ingredient("NIACINAMIDE", ["Vitamin B3"], [IngredientClass.Niacinamide]),
        Ingredient("SALICYLIC ACID", [], [IngredientClass.Bha]),
        Ingredient("BENZOYL PEROXIDE", [], [IngredientClass.BenzoylPeroxide]),
        Ingredient("BUTYL METHOXYDIBENZOYLMETHANE", ["Avobenzone"], [IngredientClass.ChemicalUvFilter]),
        Ingredient("ETHYLHEXYL SALICYLATE", ["Octisalate"], [IngredientClass.ChemicalUvFilter]),
        Ingredient("HONEY EXTRACT"),
        Ingredient("CI 77491", ["Iron Oxides"]),
        Ingredient("SODIUM HYALURONATE", ["Hyaluronic Acid Sodium Salt"], [IngredientClass.HyaluronicAcid]),
    ];

    private static (LabelAnalyzer Analyzer, StubNameMatcher Matcher) Create()
    {
        var matcher = new StubNameMatcher(Catalogue);
        var index = CatalogueIndex.Create(new CatalogueData("test", Catalogue));
        return (new LabelAnalyzer(index, matcher), matcher);
    }

    [Fact]
    public void Recognised_and_unrecognised_account_for_every_entry()
    {
        var analysis = Create().Analyzer.Analyze("Aqua, Glycerin, Mystery Botanical Complex, Niacinamide, Qwertyuiop");

        Assert.Equal(5, analysis.Entries.Count);
        Assert.Equal(3, analysis.Recognized);
        Assert.Equal(2, analysis.Unrecognized);
        Assert.Equal([1, 2, 3, 4, 5], analysis.Entries.Select(e => e.Position));
    }

    [Fact]
    public void Exact_and_synonym_matches_carry_their_confidence()
    {
        var entries = Create().Analyzer.Analyze("glycerin, Fragrance, Vitamin B3").Entries;

        Assert.Equal([MatchConfidence.Exact, MatchConfidence.Synonym, MatchConfidence.Synonym], entries.Select(e => e.Match!.Confidence));
        Assert.Equal(["glycerin", "parfum", "niacinamide"], entries.Select(e => e.Match!.Ingredient.Id));
    }

    [Fact]
    public void A_bracketed_synonym_matches_exactly_before_any_fuzzy_lookup()
    {
        var (analyzer, matcher) = Create();

        var entry = Assert.Single(analyzer.Analyze("Mel (Honey) Extract").Entries);

        Assert.Equal("honey-extract", entry.Match!.Ingredient.Id);
        Assert.Equal(MatchConfidence.Exact, entry.Match.Confidence);
        Assert.Empty(matcher.FuzzyLookups);
    }

    [Fact]
    public void The_whole_name_is_tried_before_its_parts_and_every_part_is_resolved()
    {
        var (analyzer, matcher) = Create();

        var entry = Assert.Single(analyzer.Analyze("Parfum/Fragrance").Entries);

        Assert.Equal("parfum", entry.Match!.Ingredient.Id);
        Assert.Empty(entry.Also); // both parts name PARFUM: one ingredient
        Assert.Equal(["Parfum/Fragrance", "Parfum", "Fragrance"], matcher.ExactLookups);
        Assert.Empty(matcher.FuzzyLookups);
    }

    [Fact]
    public void Typos_fall_back_to_fuzzy_matching()
    {
        var entry = Assert.Single(Create().Analyzer.Analyze("Gylcerin").Entries);

        Assert.Equal("glycerin", entry.Match!.Ingredient.Id);
        Assert.Equal(MatchConfidence.Fuzzy, entry.Match.Confidence);
        Assert.Empty(entry.Suggestions);
    }

    [Fact]
    public void Unrecognised_entries_get_suggestions()
    {
        var entry = Assert.Single(Create().Analyzer.Analyze("Sodium Hyaluronic Complex").Entries);

        Assert.Null(entry.Match);
        Assert.NotEmpty(entry.Suggestions);
    }

    [Theory]
    [InlineData("Butyl Methoxydibenzoylmethane", "butyl-methoxydibenzoylmethane")]
    [InlineData("Ethylhexyl Salicylate", "ethylhexyl-salicylate")]
    [InlineData("Avobenzone", "butyl-methoxydibenzoylmethane")]
    public void A_name_is_never_matched_inside_a_longer_name(string label, string id)
    {
        var entry = Assert.Single(Create().Analyzer.Analyze(label).Entries);

        Assert.Equal(id, entry.Match!.Ingredient.Id);
        Assert.DoesNotContain(IngredientClass.BenzoylPeroxide, entry.Match.Ingredient.Classes);
        Assert.DoesNotContain(IngredientClass.Bha, entry.Match.Ingredient.Classes);
    }

    [Fact]
    public void Names_cut_in_two_by_a_feed_are_joined_when_together_they_match_exactly()
    {
        var entries = Create().Analyzer.Analyze("['glycerin', 'ethylhexyl', 'salicylate', 'niacinamide']").Entries;

        Assert.Equal(["glycerin", "ethylhexyl, salicylate", "niacinamide"], entries.Select(e => e.Input));
        Assert.Equal("ethylhexyl-salicylate", entries[1].Match!.Ingredient.Id);
        Assert.Equal([1, 2, 3], entries.Select(e => e.Position));
    }

    [Fact]
    public void May_contain_entries_are_reported_and_flagged()
    {
        var entries = Create().Analyzer.Analyze("Glycerin [+/-: Iron Oxides]").Entries;

        Assert.Equal([false, true], entries.Select(e => e.MayContain));
        Assert.Equal("ci-77491", entries[1].Match!.Ingredient.Id);
    }

    [Fact]
    public void Classes_are_the_distinct_classes_of_recognised_entries()
    {
        var analysis = Create().Analyzer.Analyze("Aqua, Niacinamide, Sodium Hyaluronate, Parfum, Fragrance");

        Assert.Equal([IngredientClass.HyaluronicAcid, IngredientClass.Niacinamide, IngredientClass.Fragrance], analysis.Classes);
    }
}
