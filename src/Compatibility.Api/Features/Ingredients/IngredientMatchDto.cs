using Compatibility.Core.Catalogue;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>The catalogue ingredient a label entry matched.</summary>
public sealed record IngredientMatchDto(string Id, string InciName, MatchConfidence Confidence, IReadOnlyList<string> Classes)
{
    public static IngredientMatchDto From(IngredientMatch match) =>
        new(match.Ingredient.Id, match.Ingredient.InciName, match.Confidence, match.Ingredient.Classes);
}
