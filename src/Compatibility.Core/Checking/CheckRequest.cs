namespace Compatibility.Core.Checking;

/// <summary>The body of <c>POST /api/v1/check</c>. The edge validates it, resolves each product's label, then builds a <see cref="CheckInput"/>.</summary>
public sealed record CheckRequest(ProcedureRequest? Procedure, DateTimeOffset? At, string? Protocol, IReadOnlyList<ProductRequest>? Products);
