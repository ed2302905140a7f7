namespace Compatibility.Api.Features.Aftercare;

/// <summary>A product given inline (<c>inci</c>, optional <c>name</c>, <c>category</c>) or by the <c>sku</c> of a stored product.</summary>
public sealed record ProductInput(string? Ref, string? Name, string? Category, string? Inci, string? Sku);
