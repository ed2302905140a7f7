using Compatibility.Api.Json;
using Compatibility.Api.Features.Ingredients;
using Compatibility.Api.Http;
using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Admin;

/// <summary><c>PUT</c> and <c>DELETE /api/v1/ingredients/{id}</c> (function key; ETag out, If-Match in).</summary>
public sealed class IngredientAdminHandler(JsonBody body, ICatalogueAdminStore store, ICatalogueProvider catalogue)
{
    public async Task<Results<WithETag<Ok<IngredientDto>>, ValidationProblem, BodyProblem, WithETag<Created<IngredientDto>>, StoreProblem>> PutAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        id = RouteKey.Decode(request, id);
        var read = await body.ReadAsync(request, ApiJsonContext.Default.IngredientBody, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var b = read.Value!;
        // A second ingredient under a name (or synonym) the catalogue already resolves could never be matched.
        if (!string.IsNullOrWhiteSpace(b.InciName) && catalogue.Current.Ingredients.MatchExact(b.InciName) is { } taken && taken.Ingredient.Id != id)
        {
            return Problems.Validation("inciName", $"The ingredient '{Core.Text.DisplayText.Shorten(taken.Ingredient.Id, 100)}' already has this INCI name or synonym; update that one instead.");
        }

        var ingredient = new Ingredient(id, b.InciName ?? string.Empty, b.Synonyms ?? [], b.Classes ?? [], b.Functions ?? [], b.CasNumber, b.CosIngRef);
        var result = await store.PutIngredientAsync(ingredient, AdminResponses.IfMatch(request), cancellationToken);
        return AdminResponses.Written(result, IngredientDto.From);
    }

    public async Task<Results<NoContent, ValidationProblem, NotFoundProblem, StoreProblem>> DeleteAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        id = RouteKey.Decode(request, id);
        var result = await store.DeleteIngredientAsync(id, AdminResponses.IfMatch(request), cancellationToken);
        return AdminResponses.Deleted(result, "Ingredient", "id");
    }
}
