using System.Text.Json;

namespace Compatibility.Core.Products;

/// <summary>The example products of <c>seeds/products/*.json</c>, embedded in this assembly.</summary>
public static class EmbeddedProducts
{
    private const string Prefix = "seeds/products/";

    public static IReadOnlyList<Product> Load()
    {
        var assembly = typeof(EmbeddedProducts).Assembly;
        var products = new List<Product>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize(stream, ProductJsonContext.Default.ProductSeedFile)
                ?? throw new InvalidDataException($"Embedded product seed '{name}' is empty.");
            products.AddRange(file.Products);
        }

        return products;
    }
}
