using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>One label entry after matching.</summary>
/// <param name="Input">The entry as it stood on the label, trimmed.</param>
/// <param name="Position">1-based position in label order.</param>
/// <param name="Match">The catalogue ingredient, or null when nothing matched.</param>
/// <param name="Suggestions">Likely catalogue names when <paramref name="Match"/> is null.</param>
/// <param name="MayContain">True for entries of a "may contain" block.</param>
public sealed record AnalyzedEntry(
    string Input,
    int Position,
    IngredientMatch? Match,
    IReadOnlyList<string> Suggestions,
    bool MayContain);
