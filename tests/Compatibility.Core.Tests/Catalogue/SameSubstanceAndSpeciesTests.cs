using Compatibility.Core.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Catalogue;

public class SameSubstanceAndSpeciesTests
{
    private static CatalogueIndex Index => ShippedCatalogue.Index;

    private static Ingredient Named(string inci) => Index.MatchExact(inci)!.Ingredient;

    [Theory]
    [InlineData("CI 77891", "TITANIUM DIOXIDE")]   // same CAS, one a colour index name
    [InlineData("CI 77947", "ZINC OXIDE")]
    [InlineData("AQUA", "WATER")]                  // curated group
    [InlineData("CI 77007", "ULTRAMARINES")]       // curated group, CAS numbers differ
    [InlineData("CI 47000", "YELLOW 11")]
    [InlineData("PARFUM", "Fragrance")]            // synonym: same id
    public void Names_of_one_substance_are_the_same_substance(string a, string b)
    {
        Assert.True(Index.SameSubstance(Named(a), Named(b)));
        Assert.True(Index.SameSubstance(Named(b), Named(a)));
    }

    [Theory]
    [InlineData("PEG-10", "PEG-100")]                                  // one CAS for the whole family
    [InlineData("ABIES ALBA LEAF OIL", "ABIES ALBA CONE EXTRACT")]    // one CAS for the plant
    [InlineData("TITANIUM DIOXIDE", "ZINC OXIDE")]
    [InlineData("CI 77491", "CI 77499")]
    public void Different_substances_are_not_the_same_substance(string a, string b) =>
        Assert.False(Index.SameSubstance(Named(a), Named(b)));

    [Fact]
    public void A_species_cut_from_its_part_gives_candidates_and_says_the_classes_differ()
    {
        var lavender = Index.SpeciesCandidates("lavandula angustifolia")!;
        Assert.False(lavender.ClassesAgree);
        Assert.Empty(lavender.Classes);
        Assert.True(lavender.Total > lavender.Candidates.Count);
        Assert.Equal(8, lavender.Candidates.Count);
        Assert.Contains(lavender.Candidates, i => i.InciName == "LAVANDULA ANGUSTIFOLIA OIL");
        Assert.All(lavender.Candidates, i => Assert.StartsWith("LAVANDULA ANGUSTIFOLIA ", i.InciName, StringComparison.Ordinal));
        Assert.Equal("LAVANDULA ANGUSTIFOLIA OIL", lavender.Candidates[0].InciName); // fewest extra words, shortest first
    }

    [Fact]
    public void A_species_whose_every_part_is_neutral_says_the_classes_agree()
    {
        var witchHazel = Index.SpeciesCandidates("hamamelis virginiana")!;
        Assert.True(witchHazel.ClassesAgree);
        Assert.Equal(8, witchHazel.Total);
        Assert.Contains(witchHazel.Candidates, i => i.InciName == "HAMAMELIS VIRGINIANA WATER");
    }

    [Fact]
    public void Shea_is_not_unambiguous_because_its_nut_shell_powder_is_a_scrub()
    {
        var shea = Index.SpeciesCandidates("butyrospermum parkii")!;
        Assert.False(shea.ClassesAgree);
        Assert.Equal(8, shea.Total);
        Assert.Contains(shea.Candidates, i => i.InciName == "BUTYROSPERMUM PARKII BUTTER");
    }

    [Theory]
    [InlineData("sodium lauroyl1")]
    [InlineData("glycerin")]
    [InlineData("zorblexamide quintate")]
    public void Names_that_are_no_species_give_no_candidates(string name) => Assert.Null(Index.SpeciesCandidates(name));
}
