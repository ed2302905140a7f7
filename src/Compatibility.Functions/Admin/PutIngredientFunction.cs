using Compatibility.Api;
using Compatibility.Api.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Admin;

public sealed class PutIngredientFunction(IngredientAdminHandler handler)
{
    [Function("PutIngredient")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.Ingredient)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await handler.PutAsync(request, id, cancellationToken);
}
