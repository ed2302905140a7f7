using Compatibility.Api;
using Compatibility.Api.Features.Prepare;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Aftercare;

public sealed class PrepareFunction(PrepareHandler handler)
{
    [Function("Prepare")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Prepare)] HttpRequest request,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(request, cancellationToken);
}
