using Compatibility.Api;
using Compatibility.Api.Features.Routines;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Aftercare;

public sealed class RoutineCheckFunction(RoutineCheckHandler handler)
{
    [Function("RoutineCheck")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.RoutineCheck)] HttpRequest request,
        CancellationToken cancellationToken) =>
        await handler.HandleAsync(request, cancellationToken);
}
