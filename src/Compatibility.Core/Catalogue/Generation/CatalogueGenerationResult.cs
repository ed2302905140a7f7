namespace Compatibility.Core.Catalogue.Generation;

/// <summary>The generated catalogue and a short account of what went into it.</summary>
/// <param name="Data">The catalogue, ingredients ordered by id.</param>
/// <param name="ClassCounts">Number of ingredients per class id, in <see cref="IngredientClass.All"/> order.</param>
/// <param name="ObfSynonymsAdded">Synonyms taken from the Open Beauty Facts taxonomy.</param>
/// <param name="ObfSynonymsSkipped">OBF names dropped because they would point at a different ingredient.</param>
public sealed record CatalogueGenerationResult(
    CatalogueData Data,
    IReadOnlyList<KeyValuePair<string, int>> ClassCounts,
    int ObfSynonymsAdded,
    int ObfSynonymsSkipped);
