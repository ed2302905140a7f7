using Compatibility.Api;
using Compatibility.Api.Features.Check;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Aftercare;

public sealed class CheckFunction(CheckHandler handler)
{
    [Function("Check")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Check)] HttpRequest request,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(request, cancellationToken);
}
