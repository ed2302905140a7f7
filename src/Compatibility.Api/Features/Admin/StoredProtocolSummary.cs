using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Admin;

/// <summary>Response of a protocol write: which protocol and version is now stored.</summary>
public sealed record StoredProtocolSummary(string Id, string Version)
{
    public static StoredProtocolSummary From(ProtocolDocument protocol) => new(protocol.Id, protocol.Version);
}
