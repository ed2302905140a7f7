using Compatibility.Core.Products;

namespace Compatibility.Api.Features.Admin;

/// <summary>A stored product as the API shows it.</summary>
public sealed record ProductDto(string Sku, string Name, string? Brand, string? Category, string Inci)
{
    public static ProductDto From(Product product) => new(product.Sku, product.Name, product.Brand, product.Category, product.Inci);
}
