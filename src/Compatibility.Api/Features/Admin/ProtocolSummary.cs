using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Admin;

/// <summary>Response of a protocol write: which protocol and version is now stored.</summary>
public sealed record ProtocolSummary(string Id, string Version)
{
    public static ProtocolSummary From(ProtocolDocument protocol) => new(protocol.Id, protocol.Version);
}
