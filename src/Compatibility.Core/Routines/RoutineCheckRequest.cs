using Compatibility.Core.Checking;

namespace Compatibility.Core.Routines;

/// <summary>The body of <c>POST /api/v1/routines/check</c>: the products once, the steps that use them, and optionally the next session.</summary>
public sealed record RoutineCheckRequest(
    ProcedureRequest? Procedure,
    string? Protocol,
    IReadOnlyList<ProductRequest>? Products,
    IReadOnlyList<RoutineStep>? Steps,
    DateTimeOffset? NextSessionAt);
