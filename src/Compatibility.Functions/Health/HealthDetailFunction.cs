using Compatibility.Api;
using Compatibility.Api.Features.Health;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Health;

public sealed class HealthDetailFunction(HealthHandler handler)
{
    [Function("HealthDetail")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Function, "get", "head", Route = ApiRoutes.HealthDetail)] HttpRequest request) =>
        handler.Detail();
}
