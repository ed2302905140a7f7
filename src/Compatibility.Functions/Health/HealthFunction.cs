using Compatibility.Api;
using Compatibility.Api.Features.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Health;

public sealed class HealthFunction(HealthHandler handler)
{
    [Function("Health")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Health)] HttpRequest request) =>
        handler.Handle();
}
