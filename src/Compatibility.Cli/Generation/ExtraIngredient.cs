namespace Compatibility.Cli.Generation;

/// <summary>An ingredient that is not in CosIng, with its label names and classes.</summary>
public sealed record ExtraIngredient(
    string Inci,
    IReadOnlyList<string>? Synonyms = null,
    IReadOnlyList<string>? Classes = null,
    string? Note = null);
