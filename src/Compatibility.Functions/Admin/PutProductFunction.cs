using Compatibility.Api;
using Compatibility.Api.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Admin;

public sealed class PutProductFunction(ProductAdminHandler handler)
{
    [Function("PutProduct")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.Product)] HttpRequest request,
        string sku,
        CancellationToken cancellationToken) =>
        await handler.PutAsync(request, sku, cancellationToken);
}
