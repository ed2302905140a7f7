namespace Compatibility.Core.Checking;

/// <summary>Which protocol, and which version of it, decided.</summary>
public sealed record ProtocolRef(string Id, string Version);
