namespace Compatibility.Core.Products;

/// <summary>The product categories of the API contract. Values are public: never rename one.</summary>
public static class ProductCategories
{
    public static IReadOnlyList<string> All { get; } =
    [
        "cleanser", "toner", "serum", "moisturizer", "sunscreen", "exfoliant", "mask", "eye", "lip",
        "foundation", "concealer", "makeup", "other",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string category) => Known.Contains(category);
}
