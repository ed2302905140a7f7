using Compatibility.Core.Labels.Reading;

namespace Compatibility.Core.Labels;

/// <summary>A whole label after reading and matching.</summary>
public sealed record LabelAnalysis(IReadOnlyList<AnalyzedEntry> Entries)
{
    /// <summary>Fragments of the label that are not entries (headings, prose, footnotes, …), with the reason.</summary>
    public IReadOnlyList<DroppedText> Dropped { get; init; } = [];

    public int Recognized => Entries.Count(e => e.IsRecognized);

    public int Unrecognized => Entries.Count(e => !e.IsRecognized);

    /// <summary>True when the only entries come from a key-ingredient description: the full list is missing.</summary>
    public bool IsIncomplete => Entries.Count > 0 && Entries.All(e => e.Origin == EntryOrigin.Description);

    /// <summary>Distinct aftercare classes of the recognised entries, in <see cref="Catalogue.IngredientClass.All"/> order.</summary>
    public IReadOnlyList<string> Classes =>
        Catalogue.IngredientClass.All
            .Where(c => Entries.Any(e => e.Ingredients.Any(p => p.Match is not null && p.Match.Ingredient.Classes.Contains(c))))
            .ToList();
}
