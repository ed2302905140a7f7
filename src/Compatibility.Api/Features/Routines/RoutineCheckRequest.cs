using Compatibility.Api.Features.Aftercare;

namespace Compatibility.Api.Features.Routines;

/// <summary>Body of <c>POST /api/v1/routines/check</c>: the products once (as for /check), the steps that use them, optionally the next session.</summary>
public sealed record RoutineCheckRequest(
    ProcedureInput? Procedure,
    string? Protocol,
    IReadOnlyList<ProductInput?>? Products,
    IReadOnlyList<RoutineStepInput?>? Steps,
    string? NextSessionAt) : IAftercareRequest;
