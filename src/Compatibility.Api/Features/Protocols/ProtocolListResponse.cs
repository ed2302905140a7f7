namespace Compatibility.Api.Features.Protocols;

/// <summary>Response of <c>GET /api/v1/protocols</c>.</summary>
public sealed record ProtocolListResponse(string DefaultId, IReadOnlyList<ProtocolSummary> Items);
