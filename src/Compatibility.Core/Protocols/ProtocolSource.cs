namespace Compatibility.Core.Protocols;

/// <summary>A published source a protocol number comes from.</summary>
/// <param name="Kind">paper, maker, clinic, trial, blog, brief, notes.</param>
public sealed record ProtocolSource(string Id, string Title, string? Url = null, string? Kind = null);
