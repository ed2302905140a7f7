using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Compatibility.DevServer;

/// <summary>
/// HEAD answers like GET without a body (the contract says so once); listed per path it would repeat every GET
/// operation under the same operation id, which OpenAPI forbids.
/// </summary>
public sealed class HeadOperationsOmitted : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var path in document.Paths.Values)
        {
            path.Operations?.Remove(HttpMethod.Head);
        }

        return Task.CompletedTask;
    }
}
