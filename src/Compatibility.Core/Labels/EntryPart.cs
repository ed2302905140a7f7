using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>An ingredient named inside a label entry: the text that named it and its match (null when unknown).</summary>
public sealed record EntryPart(string Text, IngredientMatch? Match, IReadOnlyList<string> Suggestions)
{
    /// <summary>The percentage printed with this part (<c>Glycerin (Glycolic Acid 10%)</c>), if any.</summary>
    public decimal? Percent { get; init; }
}
