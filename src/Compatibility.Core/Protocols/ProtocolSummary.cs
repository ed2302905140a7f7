namespace Compatibility.Core.Protocols;

/// <summary>A protocol in a list (<c>GET /api/v1/protocols</c>): what it is, without its windows.</summary>
public sealed record ProtocolSummary(string Id, string Version, string Name, string ProcedureType, string? Description)
{
    public static ProtocolSummary Of(Protocol protocol) =>
        new(protocol.Id, protocol.Version, protocol.Name, protocol.ProcedureType, protocol.Description);
}
