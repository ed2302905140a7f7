using Compatibility.Api.Features.Aftercare;

namespace Compatibility.Api.Features.Plan;

/// <summary>Body of <c>POST /api/v1/plan</c>: a procedure and the products the patient means to use.</summary>
public sealed record PlanRequest(ProcedureInput? Procedure, string? Protocol, IReadOnlyList<ProductInput?>? Products);
