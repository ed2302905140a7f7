using Compatibility.Cli.Generation;
using Compatibility.Testing;

namespace Compatibility.Cli.Tests.Generation;

public class IngredientSlugTests
{
    [Theory]
    [InlineData("SODIUM HYALURONATE", "sodium-hyaluronate")]
    [InlineData("ALCOHOL DENAT.", "alcohol-denat")]
    [InlineData("1,2-HEXANEDIOL", "1-2-hexanediol")]
    [InlineData("CI 77491", "ci-77491")]
    [InlineData("BIS-(DIETHYLAMINOHYDROXYBENZOYL BENZOYL) PIPERAZINE", "bis-diethylaminohydroxybenzoyl-benzoyl-piperazine")]
    [InlineData("MENTHA × PIPERITA", "mentha-piperita")]
    public void Slug_is_lower_case_with_hyphens(string inci, string expected) =>
        Assert.Equal(expected, IngredientSlug.From(inci));

    [Fact]
    public void Colliding_slugs_are_resolved_by_name_and_do_not_depend_on_order()
    {
        string[] names = ["PEG-8 DIMETHICONE", "PEG 8 DIMETHICONE", "WATER"];
        var ids = IngredientSlug.Assign(names);
        var reversed = IngredientSlug.Assign(names.Reverse());

        Assert.Equal(ids.OrderBy(p => p.Key), reversed.OrderBy(p => p.Key));
        Assert.Equal("peg-8-dimethicone", ids["PEG 8 DIMETHICONE"]); // ordinally first keeps the plain slug
        Assert.Matches("^peg-8-dimethicone-[0-9a-f]{6}$", ids["PEG-8 DIMETHICONE"]);
        Assert.Equal("water", ids["WATER"]);
    }

    [Fact]
    public void Adding_an_unrelated_name_changes_no_id()
    {
        var before = IngredientSlug.Assign(["PEG-8 DIMETHICONE", "PEG 8 DIMETHICONE"]);
        var after = IngredientSlug.Assign(["PEG-8 DIMETHICONE", "PEG 8 DIMETHICONE", "AAA"]);
        Assert.Equal(before["PEG-8 DIMETHICONE"], after["PEG-8 DIMETHICONE"]);
    }

    [Fact]
    public void Every_shipped_id_starts_with_the_slug_of_its_inci_name()
    {
        Assert.All(ShippedCatalogue.Data.Ingredients, i => Assert.StartsWith(IngredientSlug.From(i.InciName), i.Id, StringComparison.Ordinal));
    }
}
