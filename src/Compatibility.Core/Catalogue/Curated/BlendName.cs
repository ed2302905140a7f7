namespace Compatibility.Core.Catalogue.Curated;

/// <summary>A trade name that names a blend (<c>Kathon CG</c>), with what it contains.</summary>
public sealed record BlendName(string Name, IReadOnlyList<string> Contains, string? Note = null);
