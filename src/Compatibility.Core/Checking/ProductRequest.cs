namespace Compatibility.Core.Checking;

/// <summary>A product as the contract sends it: inline (<c>inci</c>, optional <c>name</c>, <c>category</c>) or by <c>sku</c>.</summary>
public sealed record ProductRequest(string? Ref, string? Name, string? Category, string? Inci, string? Sku);
