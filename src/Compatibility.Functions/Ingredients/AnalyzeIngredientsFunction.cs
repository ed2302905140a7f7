using Compatibility.Api;
using Compatibility.Api.Features.Ingredients;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Ingredients;

public sealed class AnalyzeIngredientsFunction(AnalyzeIngredientsHandler handler)
{
    [Function("AnalyzeIngredients")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.AnalyzeIngredients)] HttpRequest request,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(request, cancellationToken);
}
