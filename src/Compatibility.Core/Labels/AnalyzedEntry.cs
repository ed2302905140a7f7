using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>One label entry after reading and matching.</summary>
/// <param name="Input">The entry as it stood on the label, trimmed.</param>
/// <param name="Position">1-based position in label order.</param>
/// <param name="Match">The ingredient the entry names (its winning reading), or null when nothing matched.</param>
/// <param name="Suggestions">Likely catalogue names when <paramref name="Match"/> is null.</param>
/// <param name="MayContain">True for entries of a "may contain" block.</param>
public sealed record AnalyzedEntry(
    string Input,
    int Position,
    IngredientMatch? Match,
    IReadOnlyList<string> Suggestions,
    bool MayContain)
{
    /// <summary>The percentage printed with the entry (<c>Salicylic Acid 2%</c>, drug-facts actives), if any.</summary>
    public decimal? Percent { get; init; }

    /// <summary>Where the entry came from: the ingredient list, or a key-ingredient description.</summary>
    public EntryOrigin Origin { get; init; }

    /// <summary>
    /// Further ingredients printed inside the same entry and judged with it (<c>Water (Tretinoin)</c>: TRETINOIN),
    /// recognised or not.
    /// </summary>
    public IReadOnlyList<EntryPart> Also { get; init; } = [];

    /// <summary>Every reading of the entry that was looked up, and what became of it.</summary>
    public IReadOnlyList<EntryReading> Readings { get; init; } = [];

    /// <summary>Set when readings disagreed and the cautious one was taken: says which and why.</summary>
    public string? Ambiguity { get; init; }

    /// <summary>
    /// For a name that stops after the species (<c>lavandula angustifolia</c>): the catalogue ingredients it may mean,
    /// reported instead of a guess at the plant part; empty otherwise.
    /// </summary>
    public IReadOnlyList<string> SpeciesCandidates { get; init; } = [];

    /// <summary>True when the entry and every further ingredient in it matched the catalogue.</summary>
    public bool IsRecognized => Match is not null && Also.All(p => p.Match is not null);

    /// <summary>The winning ingredient and the further ones, each with the text that named it.</summary>
    public IEnumerable<EntryPart> Ingredients
    {
        get
        {
            yield return new EntryPart(Input, Match, Suggestions);
            foreach (var part in Also)
            {
                yield return part;
            }
        }
    }
}
