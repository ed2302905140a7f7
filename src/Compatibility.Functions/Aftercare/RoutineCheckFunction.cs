using Compatibility.Api;
using Compatibility.Api.Features.Routines;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Aftercare;

public sealed class RoutineCheckFunction(RoutineCheckHandler handler)
{
    [Function("RoutineCheck")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.RoutineCheck)] HttpRequest request,
        CancellationToken cancellationToken) =>
        handler.HandleAsync(request, cancellationToken);
}
