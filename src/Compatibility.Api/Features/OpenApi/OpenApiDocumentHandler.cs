using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.OpenApi;

/// <summary><c>GET /api/openapi.json</c>: the committed OpenAPI document (docs/openapi.json), embedded so both hosts serve the same bytes.</summary>
public sealed class OpenApiDocumentHandler
{
    public const string ResourceName = "docs/openapi.json";

    private readonly byte[] _document = Load();

    public IResult Handle() => TypedResults.Bytes(_document, "application/json; charset=utf-8");

    private static byte[] Load()
    {
        using var stream = typeof(OpenApiDocumentHandler).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
