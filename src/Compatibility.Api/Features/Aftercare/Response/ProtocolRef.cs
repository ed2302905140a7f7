namespace Compatibility.Api.Features.Aftercare.Response;

/// <summary>Which protocol, and which version of it, decided.</summary>
public sealed record ProtocolRef(string Id, string Version)
{
    public static ProtocolRef From(Core.Checking.ProtocolRef protocol) => new(protocol.Id, protocol.Version);
}
