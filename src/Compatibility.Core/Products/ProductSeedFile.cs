namespace Compatibility.Core.Products;

/// <summary>The format of <c>seeds/products/*.json</c>: a list of products and where their labels come from.</summary>
public sealed record ProductSeedFile(string? Source, IReadOnlyList<Product> Products);
