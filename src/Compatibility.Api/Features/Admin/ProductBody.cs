namespace Compatibility.Api.Features.Admin;

/// <summary>Body of <c>PUT /api/v1/products/{sku}</c>. The SKU comes from the route; no storage field can be bound.</summary>
public sealed record ProductBody(string? Name, string? Brand, string? Category, string? Inci);
