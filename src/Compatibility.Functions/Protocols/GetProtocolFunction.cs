using Compatibility.Api;
using Compatibility.Api.Features.Protocols;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Protocols;

public sealed class GetProtocolFunction(ProtocolsHandler handler)
{
    [Function("GetProtocol")]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Protocol)] HttpRequest request,
        string id) =>
        handler.Get(request, id);
}
