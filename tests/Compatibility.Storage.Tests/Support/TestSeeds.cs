using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;
using Compatibility.Storage.Import;

namespace Compatibility.Storage.Tests.Support;

/// <summary>Generated seed data: names with the characters keys may not hold, any size.</summary>
internal static class TestSeeds
{
    public static Ingredient Ingredient(int i) => new(
        $"ingredient-{i:D5}",
        $"TEST INGREDIENT {i} / EXTRACT #{i % 10}",
        [$"Synonym {i}", $"Alt/{i}?"],
        i % 7 == 0 ? [IngredientClass.Retinoid] : [],
        ["SKIN CONDITIONING"],
        i % 3 == 0 ? $"{i}-00-{i % 10}" : null,
        i % 2 == 0 ? 10_000 + i : null);

    public static Product Product(int i) => new(
        $"SKU/{i:D5}",
        $"Test Serum {i}",
        i % 2 == 0 ? "Brand" : null,
        i % 3 == 0 ? "serum" : null,
        $"Aqua (Water), Glycerin, Test Ingredient {i} / Extract");

    public static ProtocolDocument Protocol(int i, string version = "1") =>
        new($"protocol-{i:D4}", version, $$"""{"id":"protocol-{{i:D4}}","version":"{{version}}","rules":[]}""");

    public static SeedData Synthetic(int ingredients, int products = 0, int protocols = 0, string version = "test-1") => new(
        new CatalogueData(version, Enumerable.Range(1, ingredients).Select(Ingredient).ToList()),
        Enumerable.Range(1, protocols).Select(i => Protocol(i)).ToList(),
        Enumerable.Range(1, products).Select(Product).ToList());

    /// <summary>
    /// The embedded seeds when <c>seeds/catalogue.json</c> has been generated into the Core assembly; until then a
    /// generated catalogue of CosIng's size (28,703 rows) with the embedded products and protocols.
    /// </summary>
    public static SeedData FullCatalogue()
    {
        var hasCatalogue = typeof(EmbeddedCatalogue).Assembly.GetManifestResourceNames().Contains(EmbeddedCatalogue.ResourceName);
        return hasCatalogue
            ? SeedData.LoadEmbedded()
            : Synthetic(28_703) with { Products = EmbeddedProducts.Load(), Protocols = EmbeddedProtocolDocuments.Load() };
    }
}
