using Compatibility.Api;
using Compatibility.Api.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Admin;

public sealed class GetProductFunction(ProductAdminHandler handler)
{
    [Function("GetProduct")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ApiRoutes.Product)] HttpRequest request,
        string sku,
        CancellationToken cancellationToken) =>
        await handler.GetAsync(request, sku, cancellationToken);
}
