using Compatibility.Api.Features.Aftercare;

namespace Compatibility.Api.Features.Check;

/// <summary>Body of <c>POST /api/v1/check</c>. Timestamps stay strings until validated, so a missing offset is a clear 400.</summary>
public sealed record CheckRequest(
    ProcedureInput? Procedure,
    string? At,
    string? Protocol,
    IReadOnlyList<ProductInput?>? Products) : IAftercareRequest;
