using Compatibility.Api;
using Compatibility.Api.Features.Ingredients;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Ingredients;

public sealed class GetIngredientFunction(GetIngredientHandler handler)
{
    [Function("GetIngredient")]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Ingredient)] HttpRequest request,
        string id) =>
        handler.Handle(request, id);
}
