namespace Compatibility.Core.Products;

/// <summary>The contract's product categories. An unknown value is a 400, never guessed.</summary>
public static class ProductCategory
{
    public const string Cleanser = "cleanser";
    public const string Toner = "toner";
    public const string Serum = "serum";
    public const string Moisturizer = "moisturizer";
    public const string Sunscreen = "sunscreen";
    public const string Exfoliant = "exfoliant";
    public const string Mask = "mask";
    public const string Eye = "eye";
    public const string Lip = "lip";
    public const string Foundation = "foundation";
    public const string Concealer = "concealer";
    public const string Makeup = "makeup";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [Cleanser, Toner, Serum, Moisturizer, Sunscreen, Exfoliant, Mask, Eye, Lip, Foundation, Concealer, Makeup, Other];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string category) => Known.Contains(category);
}
