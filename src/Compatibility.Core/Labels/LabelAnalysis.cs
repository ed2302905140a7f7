namespace Compatibility.Core.Labels;

/// <summary>A whole label after parsing and matching.</summary>
public sealed record LabelAnalysis(IReadOnlyList<AnalyzedEntry> Entries)
{
    public int Recognized => Entries.Count(e => e.IsRecognized);

    public int Unrecognized => Entries.Count(e => !e.IsRecognized);

    /// <summary>Distinct aftercare classes of the recognised entries, in <see cref="Catalogue.IngredientClass.All"/> order.</summary>
    public IReadOnlyList<string> Classes =>
        Catalogue.IngredientClass.All
            .Where(c => Entries.Any(e => e.Ingredients.Any(p => p.Match is not null && p.Match.Ingredient.Classes.Contains(c))))
            .ToList();
}
