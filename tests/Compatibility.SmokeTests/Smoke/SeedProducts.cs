using System.Text.Json.Nodes;
using Compatibility.Testing;

namespace Compatibility.SmokeTests.Smoke;

/// <summary>
/// Products from the repo's seeds/products, which the import writes to every environment (azd's
/// post-provision hook in Azure, the suite itself locally), so a check by SKU has real stored products.
/// </summary>
internal static class SeedProducts
{
    public static (string Sku, string Name) FirstContaining(string inciFragment)
    {
        var folder = Repository.PathTo("seeds", "products");
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"No seed products at {folder}; the check-by-SKU smoke needs them.");
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var products = JsonNode.Parse(File.ReadAllText(file))?["products"]?.AsArray() ?? [];
            foreach (var product in products)
            {
                var inci = product?["inci"]?.GetValue<string>() ?? string.Empty;
                if (inci.Contains(inciFragment, StringComparison.OrdinalIgnoreCase))
                {
                    return (product!["sku"]!.GetValue<string>(), product["name"]!.GetValue<string>());
                }
            }
        }

        throw new InvalidOperationException($"No seed product lists '{inciFragment}'.");
    }
}
