namespace Compatibility.Api.Features.Protocols;

/// <summary>One protocol in <c>GET /api/v1/protocols</c>.</summary>
public sealed record ProtocolSummary(string Id, string Version, string Name, string ProcedureType, string? Description, bool IsDefault);
