namespace Compatibility.Core.Catalogue.Curated;

/// <summary>Label names for the ingredient <paramref name="Inci"/>.</summary>
public sealed record SynonymEntry(string Inci, IReadOnlyList<string> Names, string? Note = null);
