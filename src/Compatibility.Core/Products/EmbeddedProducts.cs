using System.Text.Json;
using Compatibility.Core.Seeds;

namespace Compatibility.Core.Products;

/// <summary>The example products of <c>seeds/products/*.json</c>, embedded in this assembly.</summary>
public static class EmbeddedProducts
{
    private const string Prefix = "seeds/products/";

    public static IReadOnlyList<Product> Load()
    {
        var products = new List<Product>();
        foreach (var name in EmbeddedSeeds.Names(Prefix))
        {
            using var stream = EmbeddedSeeds.Open(name);
            var file = JsonSerializer.Deserialize(stream, ProductJsonContext.Default.ProductSeedFile)
                ?? throw new InvalidDataException($"Embedded product seed '{name}' is empty.");
            products.AddRange(file.Products);
        }

        return products;
    }
}
