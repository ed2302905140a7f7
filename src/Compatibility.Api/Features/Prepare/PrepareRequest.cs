using Compatibility.Api.Features.Aftercare;

namespace Compatibility.Api.Features.Prepare;

/// <summary>Body of <c>POST /api/v1/prepare</c>: shaped like /check; <c>procedure.performedAt</c> is the planned time, <c>at</c> (default now) is before it.</summary>
public sealed record PrepareRequest(ProcedureInput? Procedure, string? At, string? Protocol, IReadOnlyList<ProductInput?>? Products) : IAftercareRequest;
