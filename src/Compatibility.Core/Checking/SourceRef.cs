namespace Compatibility.Core.Checking;

/// <summary>A source a finding rests on, as the protocol (or rule set) lists it: the contract's <c>{ id, title, url }</c>.</summary>
public sealed record SourceRef(string Id, string Title, string? Url);
