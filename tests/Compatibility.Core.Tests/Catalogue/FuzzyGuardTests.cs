using Compatibility.Core.Catalogue;
using Compatibility.Core.Catalogue.Matching;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Catalogue;

public class FuzzyGuardTests
{
    [Theory]
    [InlineData("SODUM HYALURONATE", "SODIUM HYALURONATE")]
    [InlineData("COLEUS FORSKOHLI ROTT EXTRACT", "COLEUS FORSKOHLII ROOT EXTRACT")]
    [InlineData("DIMETHICON CROSS POLYMER", "DIMETHICONE CROSSPOLYMER")]
    [InlineData("GYLCERIN", "GLYCERIN")]
    public void Typos_pass(string query, string candidate) => Assert.True(FuzzyGuard.Accepts(query, candidate));

    [Theory]
    [InlineData("VITAMIN D3", "VITAMIN B3")]
    [InlineData("METHOXYCINNAMATE", "METHOXYCINNAMAL")]
    [InlineData("NEOPENTYL GLYCOL DICAPRYLATE", "NEOPENTYL GLYCOL DICAPRATE")]
    [InlineData("MEL COCOATES", "MEA COCOATE")]
    [InlineData("POLYGLYCERYL 10", "POLYGLYCERIN 10")]
    public void Different_substances_fail(string query, string candidate) => Assert.False(FuzzyGuard.Accepts(query, candidate));

    [Theory]
    [InlineData("Vitamin D3", "CHOLECALCIFEROL")]
    [InlineData("Vitamin B3", "NIACINAMIDE")]
    public void Vitamin_names_do_not_cross(string label, string inci) =>
        Assert.Equal(inci, ShippedCatalogue.Index.Match(label)!.Ingredient.InciName);

    [Theory]
    [InlineData("Methoxycinnamate", "fragrance")]
    [InlineData("Vitamin Q3", "niacinamide")]
    public void A_fragment_or_unknown_does_not_pick_up_a_class_by_fuzz(string label, string cls)
    {
        var match = ShippedCatalogue.Index.MatchFuzzy(label);
        Assert.True(match is null || !match.Ingredient.Classes.Contains(cls));
    }

    [Theory]
    [InlineData("citronella")]
    [InlineData("aspartate")]
    [InlineData("alkyl octanoate")]
    [InlineData("tocopheryl")]
    public void A_word_the_catalogue_uses_is_never_corrected_into_another(string label) =>
        Assert.Null(ShippedCatalogue.Index.MatchFuzzy(label)); // not CITRONELLAL, ASPARTAME, ALLYL OCTANOATE, TOCOPHEROL

    [Fact]
    public void Short_names_are_never_fuzzy() => Assert.Null(ShippedCatalogue.Index.MatchFuzzy("Coral"));
}
