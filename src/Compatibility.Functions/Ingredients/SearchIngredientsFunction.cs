using Compatibility.Api;
using Compatibility.Api.Features.Ingredients;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Ingredients;

public sealed class SearchIngredientsFunction(SearchIngredientsHandler handler)
{
    [Function("SearchIngredients")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Ingredients)] HttpRequest request) =>
        handler.Handle(request);
}
