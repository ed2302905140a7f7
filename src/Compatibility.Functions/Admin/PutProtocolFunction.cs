using Compatibility.Api;
using Compatibility.Api.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Admin;

public sealed class PutProtocolFunction(ProtocolAdminHandler handler)
{
    [Function("PutProtocol")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = ApiRoutes.Protocol)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await handler.PutAsync(request, id, cancellationToken);
}
