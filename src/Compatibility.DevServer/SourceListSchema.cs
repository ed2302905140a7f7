using Compatibility.Api.Features.Aftercare.Response;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Compatibility.DevServer;

/// <summary>
/// <see cref="SourceList"/> is written by its own converter (its JSON kept per list), which the schema generator cannot
/// see into; on the wire it is what it holds, an array of <see cref="SourceRef"/>, so the document shows that array
/// where the list is (inline, as a list property's schema is: <see cref="ReferenceId"/>).
/// </summary>
public sealed class SourceListSchema : IOpenApiSchemaTransformer
{
    /// <summary>The default component names, but none for <see cref="SourceList"/>: its schema is the array's, in place.</summary>
    public static string? ReferenceId(System.Text.Json.Serialization.Metadata.JsonTypeInfo type) =>
        type.Type == typeof(SourceList) ? null : OpenApiOptions.CreateDefaultSchemaReferenceId(type);

    public async Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type != typeof(SourceList)) return;
        var array = await context.GetOrCreateSchemaAsync(typeof(SourceRef[]), null, cancellationToken);
        schema.Type = array.Type;
        schema.Items = array.Items;
    }
}
