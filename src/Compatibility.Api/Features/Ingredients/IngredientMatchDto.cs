using Compatibility.Core.Catalogue;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>The catalogue ingredient a label entry matched.</summary>
public sealed record IngredientMatchDto(string Id, string InciName, MatchConfidence Confidence, IReadOnlyList<string> Classes)
{
    /// <summary>Null for no match (an unrecognised entry or reading).</summary>
    public static IngredientMatchDto? From(IngredientMatch? match) =>
        match is null ? null : new(match.Ingredient.Id, match.Ingredient.InciName, match.Confidence, match.Ingredient.Classes);
}
