using Compatibility.Core.Catalogue;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>A catalogue ingredient as the API shows it.</summary>
public sealed record IngredientDto(
    string Id,
    string InciName,
    IReadOnlyList<string> Synonyms,
    IReadOnlyList<string> Classes,
    IReadOnlyList<string> Functions,
    string? CasNumber,
    int? CosIngRef)
{
    public static IngredientDto From(Ingredient ingredient) =>
        new(ingredient.Id, ingredient.InciName, ingredient.Synonyms, ingredient.Classes, ingredient.Functions, ingredient.CasNumber, ingredient.CosIngRef);
}
