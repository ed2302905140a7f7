using Compatibility.Api;
using Compatibility.Api.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Admin;

public sealed class DeleteProductFunction(ProductAdminHandler handler)
{
    [Function("DeleteProduct")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.Product)] HttpRequest request,
        string sku,
        CancellationToken cancellationToken) =>
        await handler.DeleteAsync(request, sku, cancellationToken);
}
