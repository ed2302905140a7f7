namespace Compatibility.Cli.Generation;

/// <summary><c>seeds/curated/extra-ingredients.json</c>: ingredients CosIng does not list (drugs, label-only names).</summary>
public sealed record CuratedExtras(IReadOnlyList<ExtraIngredient> Ingredients);
