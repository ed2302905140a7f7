using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Generation;

/// <summary>The generated catalogue and a short account of what went into it.</summary>
/// <param name="Data">The catalogue, ingredients ordered by id.</param>
/// <param name="ClassCounts">Number of ingredients per class id, in <see cref="IngredientClass.All"/> order.</param>
/// <param name="ObfSynonymsAdded">Synonyms taken from the Open Beauty Facts taxonomy.</param>
/// <param name="ObfSynonymsSkipped">OBF names dropped because they would point at a different ingredient.</param>
public sealed record CatalogueGenerationResult(
    CatalogueData Data,
    IReadOnlyList<KeyValuePair<string, int>> ClassCounts,
    int ObfSynonymsAdded,
    int ObfSynonymsSkipped)
{
    /// <summary>Label forms generated from <c>colour-names.json</c> (<c>Yellow 5</c>, <c>FD&amp;C Yellow No. 5</c>, …).</summary>
    public int ColourSynonymsAdded { get; init; }

    /// <summary>Common names taken from <c>common-names.json</c>.</summary>
    public int CommonNamesAdded { get; init; }

    /// <summary>Common names not taken, with why (another ingredient's INCI name, or claimed by another ingredient).</summary>
    public IReadOnlyList<string> CommonNamesSkipped { get; init; } = [];
}
