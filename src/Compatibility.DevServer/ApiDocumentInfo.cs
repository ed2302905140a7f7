using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Compatibility.DevServer;

/// <summary>Title, version and server of the generated OpenAPI document.</summary>
public sealed class ApiDocumentInfo : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Compatibility API",
            Version = "v1",
            Description = "Which skincare products are safe to use after microneedling, and when. See docs/contract.md.",
        };
        document.Servers = [new OpenApiServer { Url = "http://127.0.0.1:7071", Description = "DevServer / func start" }];
        return Task.CompletedTask;
    }
}
