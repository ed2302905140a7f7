using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Compatibility.DevServer;

/// <summary>
/// Every operation can also answer what no handler declares (405, 408, 414, 431, 500, ...): the <c>default</c> response
/// says that each of those is problem details too.
/// </summary>
public sealed class ProblemResponsesDocumented : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Responses ??= [];
            operation.Responses["default"] = new OpenApiResponse
            {
                Description = "Any other error (405, 408, 413, 414, 431, 500, ...): RFC 9457 problem details.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", document) },
                },
            };
        }

        return Task.CompletedTask;
    }
}
