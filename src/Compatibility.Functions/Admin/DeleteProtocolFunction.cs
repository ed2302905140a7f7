using Compatibility.Api;
using Compatibility.Api.Features.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.Admin;

public sealed class DeleteProtocolFunction(ProtocolAdminHandler handler)
{
    [Function("DeleteProtocol")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "delete", Route = ApiRoutes.Protocol)] HttpRequest request,
        string id,
        CancellationToken cancellationToken) =>
        await handler.DeleteAsync(request, id, cancellationToken);
}
