using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Tests.Labels;
using Compatibility.Core.Tests.TestSupport;
using static Compatibility.Core.Tests.TestSupport.TestLabels;

namespace Compatibility.Core.Tests.Checking;

/// <summary>
/// US drug labels print inactive ingredients in alphabetical order (seeds/rules/concentration.json, alphabeticalLists):
/// such a list has no 1 % line, so nothing in it is a trace by its place and an unprinted zinc oxide is not "before" an acid.
/// </summary>
public sealed class AlphabeticalListTests
{
    private static readonly Lazy<LabelAnalyzer> Analyzer = new(() => new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load())));
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static ProductResult At(double hours, LabelAnalysis label, string category) =>
        Fixtures.Check(PerformedAt, PerformedAt.AddHours(hours), Fixtures.Product("p", label, category)).Products[0];

    [Fact]
    public void Exactly_the_alphabetical_fixtures_are_read_as_alphabetical()
    {
        // Checked by reading each label: the drug labels' inactive lists (adapalene, hydroquinone, the medicated pads), CoTZ's
        // and Avène's US sunscreens (Avène's 'Water' second, the one entry out of place), and the benzoyl peroxide gel's prose
        // ("in an aqueous gel base formulated with carbomer …, dimethicone, …, sodium hydroxide": a-to-z after the active).
        string[] expected =
        [
            "adapalene-gel-0-1-drug-facts-retinoid-footnote.txt",
            "avene-mineral-sunscreen-spf-50-zinc-12.txt",
            "benzoyl-peroxide-gel-5-aqueous-base-prose.txt",
            "cotz-face-natural-tint-spf-40-bracket-percent-br.txt",
            "hydroquinone-4-skin-bleaching-cream-prose.txt",
            "medicated-acne-pads-salicylic-2-lowercase.txt",
        ];
        var found = LabelFixtures.Names
            .Where(n => ConcentrationReader.IsAlphabetical(Analyzer.Value.Analyze(LabelFixtures.Read(n)).Entries, ConcentrationRules.Embedded.AlphabeticalLists))
            .ToList();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void An_acid_in_an_alphabetical_drug_label_is_judged_at_full_strength_whatever_comes_before_it()
    {
        // Hydroquinone 4 % cream (Rx description): glycolic acid follows disodium EDTA only because the list is alphabetical.
        var result = At(24, Analyzer.Value.Analyze(LabelFixtures.Read("hydroquinone-4-skin-bleaching-cream-prose.txt")), "other");
        var acid = Assert.Single(result.Findings, f => f.Class == IngredientClass.Aha);
        Assert.Equal("GLYCOLIC ACID", acid.Ingredient);
        Assert.False(acid.Trace);
        Assert.Equal(Verdict.Blocked, acid.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), acid.Until);
        Assert.Contains("of a list in alphabetical order (as US drug labels print inactive ingredients), which says nothing about amounts", acid.Reason, StringComparison.Ordinal);
    }

    private static AnalyzedEntry Named(string input, params string[] classes) => Known(input.ToUpperInvariant(), classes) with { Input = input };

    [Fact]
    public void The_same_acid_after_the_preservative_of_a_list_ordered_by_amount_is_a_trace()
    {
        var byAmount = Of(Named("Water"), Named("Glycerin"), Named("Cetyl Alcohol"), Named("Phenoxyethanol"), Named("Lactic Acid", "aha"), Named("Xanthan Gum"));
        var alphabetical = Of(Named("Aqua"), Named("Cetyl Alcohol"), Named("Glycerin"), Named("Lactic Acid", "aha"), Named("Phenoxyethanol"), Named("Xanthan Gum"));
        Assert.True(Assert.Single(At(24, byAmount, "moisturizer").Findings, f => f.Class == "aha").Trace);
        // Alphabetical: the phenoxyethanol marks no line (and here it even comes after the acid).
        var acid = Assert.Single(At(24, alphabetical, "moisturizer").Findings, f => f.Class == "aha");
        Assert.False(acid.Trace);
        Assert.Equal(Verdict.Blocked, acid.Verdict);
    }

    [Fact]
    public void Zinc_oxide_printed_at_six_percent_still_neutralises_in_an_alphabetical_list()
    {
        // In an alphabetical list zinc oxide comes last: only its printed amount can vouch for it.
        AnalyzedEntry[] rest = [Named("Aqua"), Named("Dimethicone"), Named("Glycerin"), Named("Lactic Acid", "aha"), Named("Silica"), Named("Tocopherol")];
        var unprinted = Of([.. rest, Named("Zinc Oxide", "mineral-uv-filter")]);
        Assert.True(ConcentrationReader.IsAlphabetical(unprinted.Entries, ConcentrationRules.Embedded.AlphabeticalLists));
        Assert.Equal(Verdict.Blocked, At(24, unprinted, "sunscreen").Verdict);
        var printed = Of([Named("Zinc Oxide", "mineral-uv-filter") with { Input = "Zinc Oxide 9%", Percent = 9m }, .. rest]);
        Assert.True(ConcentrationReader.IsAlphabetical(printed.Entries, ConcentrationRules.Embedded.AlphabeticalLists));
        Assert.Equal(Verdict.Allowed, At(24, printed, "sunscreen").Verdict);
    }

    [Theory]
    [InlineData(new[] { "Aqua", "Butylene Glycol", "Cetearyl Alcohol", "Dimethicone" }, false)] // 4: too short to tell
    [InlineData(new[] { "Aqua", "Butylene Glycol", "Cetearyl Alcohol", "Dimethicone", "Glycerin" }, true)]
    [InlineData(new[] { "Aqua", "Glycerin", "Butylene Glycol", "Cetearyl Alcohol", "Dimethicone", "Xanthan Gum" }, false)] // one out of place in 6
    [InlineData(new[] { "Allantoin", "Water", "Bisabolol", "Carbomer", "Dimethicone", "Glycerin", "Lecithin", "Silica", "Tocopherol", "Urea" }, true)] // one in 10
    [InlineData(new[] { "Allantoin", "Water", "Bisabolol", "Carbomer", "Dimethicone", "Glycerin", "Lecithin", "Silica", "Urea", "Tocopherol" }, false)] // two in 10
    public void A_list_is_alphabetical_from_five_entries_with_one_out_of_place_per_ten(string[] names, bool alphabetical) =>
        Assert.Equal(alphabetical, ConcentrationReader.IsAlphabetical(Of(names.Select(n => Named(n)).ToArray()).Entries, ConcentrationRules.Embedded.AlphabeticalLists));
}
