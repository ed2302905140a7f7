namespace Compatibility.Cli.Generation;

/// <summary>One US colour (<c>FD&amp;C Yellow No. 5</c>) and its CI name (<c>CI 19140</c>).</summary>
public sealed record ColourName(string Name, string Ci, string Source);
