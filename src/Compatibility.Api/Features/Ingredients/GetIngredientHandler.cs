using Compatibility.Api.Features.Admin;
using Compatibility.Api.Http;
using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>
/// <c>GET /api/v1/ingredients/{id}</c>. The id is decoded as the admin routes decode it, so every stored id can be read
/// back; a stored ingredient carries its ETag (as of the snapshot) for the next admin <c>If-Match</c>.
/// </summary>
public sealed class GetIngredientHandler(ICatalogueProvider catalogue)
{
    public Results<WithETag<Ok<IngredientDto>>, NotFoundProblem> Handle(HttpRequest request, string id)
    {
        id = RouteKey.Decode(request, id);
        var snapshot = catalogue.Current;
        var ingredient = snapshot.Ingredients.FindById(id);
        return ingredient is null
            ? new NotFoundProblem(Problems.NotFound($"Ingredient '{Core.Text.DisplayText.Shorten(id, 100)}'", "id"))
            : new WithETag<Ok<IngredientDto>>(TypedResults.Ok(IngredientDto.From(ingredient)), snapshot.ETags.Ingredient(ingredient.Id));
    }
}
