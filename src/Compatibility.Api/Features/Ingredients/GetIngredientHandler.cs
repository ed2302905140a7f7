using Compatibility.Api.Http;
using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Ingredients;

/// <summary><c>GET /api/v1/ingredients/{id}</c>.</summary>
public sealed class GetIngredientHandler(ICatalogueProvider catalogue)
{
    public IResult Handle(string id)
    {
        var ingredient = catalogue.Current.Ingredients.FindById(id);
        return ingredient is null
            ? Problems.NotFound($"Ingredient '{Truncate(id)}'", "id")
            : TypedResults.Ok(IngredientDto.From(ingredient));
    }

    private static string Truncate(string value) => value.Length <= 100 ? value : value[..100] + "…";
}
