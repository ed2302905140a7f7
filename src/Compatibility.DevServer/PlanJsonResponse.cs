using Compatibility.Api.Features.Plan.Response;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Compatibility.DevServer;

/// <summary>
/// The plan answers JSON, iCalendar or HTML with the same 200. Endpoint metadata keeps one body type per status, so the
/// calendar and sheet strings would hide the JSON plan; this puts the <see cref="AftercarePlan"/> schema back under application/json.
/// </summary>
public sealed class PlanJsonResponse : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId != "Plan" || operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response) return;
        var schema = await context.GetOrCreateSchemaAsync(typeof(AftercarePlan), null, cancellationToken);
        var document = context.Document!;
        document.AddComponent(nameof(AftercarePlan), schema);
        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        response.Content["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(nameof(AftercarePlan), document) };
    }
}
