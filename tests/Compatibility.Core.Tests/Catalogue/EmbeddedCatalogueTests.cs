using Compatibility.Core.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Catalogue;

public class EmbeddedCatalogueTests
{
    private static CatalogueData Data => ShippedCatalogue.Data;

    [Fact]
    public void Loads_with_a_content_derived_version_and_tens_of_thousands_of_ingredients()
    {
        Assert.Matches("^cosing-2020\\.12\\+[0-9a-f]{8}$", Data.Version);
        Assert.True(Data.Ingredients.Count > 34_000, $"only {Data.Ingredients.Count} ingredients");
    }

    [Fact]
    public void Every_contract_class_is_on_at_least_one_ingredient()
    {
        var used = Data.Ingredients.SelectMany(i => i.Classes).ToHashSet(StringComparer.Ordinal);
        Assert.All(IngredientClass.All, c => Assert.Contains(c, used));
        Assert.All(used, c => Assert.True(IngredientClass.IsKnown(c), c));
    }

    [Fact]
    public void Every_blend_trade_name_names_catalogue_ingredients_and_no_ingredient_is_called_by_it()
    {
        var blends = BlendTradeNames.Embedded;
        Assert.NotEmpty(blends.Names);
        Assert.All(blends.Names, name =>
        {
            Assert.All(blends.ComponentsOf(name)!, inci => Assert.Equal(inci, ShippedCatalogue.Index.MatchExact(inci)?.Ingredient.InciName));
            Assert.Null(ShippedCatalogue.Index.MatchExact(name)); // a blend is never a synonym of one ingredient
        });
    }

    [Fact]
    public void Ids_are_unique_and_lists_are_never_null()
    {
        Assert.Equal(Data.Ingredients.Count, Data.Ingredients.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Data.Ingredients, i =>
        {
            Assert.NotNull(i.Synonyms);
            Assert.NotNull(i.Classes);
            Assert.NotNull(i.Functions);
        });
    }

    [Theory]
    [InlineData("hyaluronic-acid", "SODIUM HYALURONATE", "HYDROLYZED HYALURONIC ACID", "SODIUM ACETYLATED HYALURONATE")]
    [InlineData("peptide", "PALMITOYL TRIPEPTIDE-1", "PALMITOYL TRIPEPTIDE-5", "PALMITOYL TRIPEPTIDE-38")]
    [InlineData("peptide", "PALMITOYL TETRAPEPTIDE-7", "PALMITOYL PENTAPEPTIDE-4", "ACETYL OCTAPEPTIDE-3")]
    [InlineData("peptide", "DIPEPTIDE DIAMINOBUTYROYL BENZYLAMIDE DIACETATE", "ACETYL HEXAPEPTIDE-8", "PALMITOYL OLIGOPEPTIDE")]
    [InlineData("copper-peptide", "COPPER TRIPEPTIDE-1", "COPPER LYSINATE/PROLINATE", "BIS(TRIPEPTIDE-1) COPPER ACETATE")]
    [InlineData("vitamin-c-derivative", "ASCORBYL GLUCOSIDE", "SODIUM ASCORBYL PHOSPHATE", "MAGNESIUM ASCORBYL PHOSPHATE")]
    [InlineData("vitamin-c-derivative", "TETRAHEXYLDECYL ASCORBATE", "3-O-ETHYL ASCORBIC ACID", "ASCORBYL PALMITATE")]
    [InlineData("retinoid", "RETINOL", "RETINAL", "HYDROXYPINACOLONE RETINOATE")]
    [InlineData("retinoid", "RETINYL PALMITATE", "TRETINOIN", "ADAPALENE")]
    [InlineData("aha", "GLYCOLIC ACID", "LACTIC ACID", "MANDELIC ACID")]
    [InlineData("aha", "MALIC ACID", "TARTARIC ACID", "GLYCOLIC ACID")]
    [InlineData("bha", "SALICYLIC ACID", "BETAINE SALICYLATE", "SALIX ALBA BARK EXTRACT")]
    [InlineData("pha", "GLUCONOLACTONE", "LACTOBIONIC ACID", "GLUCONOLACTONE")]
    [InlineData("fragrance", "PARFUM", "LINALOOL", "LIMONENE")]
    [InlineData("fragrance", "CITRAL", "GERANIOL", "EVERNIA PRUNASTRI EXTRACT")]
    [InlineData("essential-oil", "CITRUS AURANTIUM DULCIS PEEL OIL", "LAVANDULA ANGUSTIFOLIA OIL", "MENTHA PIPERITA OIL")]
    [InlineData("essential-oil", "EUCALYPTUS GLOBULUS LEAF OIL", "MELALEUCA ALTERNIFOLIA LEAF OIL", "ROSMARINUS OFFICINALIS LEAF OIL")]
    [InlineData("drying-alcohol", "ALCOHOL DENAT.", "SD ALCOHOL 40-B", "ALCOHOL")]
    [InlineData("mineral-uv-filter", "ZINC OXIDE", "TITANIUM DIOXIDE", "ZINC OXIDE")]
    [InlineData("chemical-uv-filter", "BUTYL METHOXYDIBENZOYLMETHANE", "OCTOCRYLENE", "HOMOSALATE")]
    [InlineData("physical-exfoliant", "JUGLANS REGIA SHELL POWDER", "PUMICE", "JOJOBA ESTERS BEADS")]
    public void Classes_cover_the_expected_forms(string cls, string a, string b, string c)
    {
        foreach (var inci in new[] { a, b, c })
        {
            var ingredient = Data.Ingredients.SingleOrDefault(i => i.InciName == inci);
            Assert.NotNull(ingredient);
            Assert.Contains(cls, ingredient.Classes);
        }
    }

    [Theory]
    [InlineData("GLYCERIN")]
    [InlineData("CITRIC ACID")]
    [InlineData("TOCOPHEROL")]
    [InlineData("HYALURONIDASE")]
    [InlineData("JOJOBA ESTERS")]
    [InlineData("SIMMONDSIA CHINENSIS SEED OIL")]
    [InlineData("ROSA CANINA FRUIT OIL")]
    [InlineData("CITRUS AURANTIUM DULCIS SEED OIL")]
    [InlineData("CETEARYL ALCOHOL")]
    [InlineData("PHLORETIN")]
    public void Neutral_ingredients_carry_no_class(string inci) =>
        Assert.Empty(Data.Ingredients.Single(i => i.InciName == inci).Classes);
}
