using Compatibility.Api;
using Compatibility.Api.Features.OpenApi;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Functions.OpenApi;

public sealed class OpenApiDocumentFunction(OpenApiDocumentHandler handler)
{
    [Function("OpenApiDocument")]
    public IResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = ApiRoutes.OpenApi)] HttpRequest request) =>
        handler.Handle();
}
