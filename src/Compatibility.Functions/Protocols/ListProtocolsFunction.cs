using Compatibility.Api;
using Compatibility.Api.Features.Protocols;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Protocols;

public sealed class ListProtocolsFunction(ProtocolsHandler handler)
{
    [Function("ListProtocols")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.Protocols)] HttpRequest request) =>
        handler.List();
}
