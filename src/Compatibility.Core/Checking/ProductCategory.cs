namespace Compatibility.Core.Checking;

/// <summary>The contract's product categories. An unknown value is a 400 at the edge.</summary>
public static class ProductCategory
{
    public static IReadOnlyList<string> All { get; } =
    [
        "cleanser", "toner", "serum", "moisturizer", "sunscreen", "exfoliant", "mask", "eye", "lip",
        "foundation", "concealer", "makeup", "other",
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string category) => Known.Contains(category);
}
