using Compatibility.Api;
using Compatibility.Api.Features.Plan;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Aftercare;

public sealed class PlanFunction(PlanHandler handler)
{
    [Function("Plan")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Plan)] HttpRequest request,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(request, cancellationToken);
}
