using Compatibility.Core.Checking;

namespace Compatibility.Core.Planning;

/// <summary>The body of <c>POST /api/v1/plan</c>: a procedure and the products the patient means to use.</summary>
public sealed record PlanRequest(ProcedureRequest? Procedure, string? Protocol, IReadOnlyList<ProductRequest>? Products);
