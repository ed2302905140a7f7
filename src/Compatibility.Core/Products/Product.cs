namespace Compatibility.Core.Products;

/// <summary>A shop's product as stored in the catalogue: what a check by <c>sku</c> resolves to.</summary>
/// <param name="Sku">The shop's stock-keeping unit; the product's key.</param>
/// <param name="Name">Product name as sold.</param>
/// <param name="Brand">Brand, if known.</param>
/// <param name="Category">One of <see cref="ProductCategory.All"/>, or null when not stated.</param>
/// <param name="Inci">The INCI label as printed, comma separated.</param>
public sealed record Product(string Sku, string Name, string? Brand, string? Category, string Inci);
