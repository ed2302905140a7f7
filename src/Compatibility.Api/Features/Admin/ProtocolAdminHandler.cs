using Compatibility.Api.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Http;
using Compatibility.Core.Admin;
using Compatibility.Core.Protocols;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Admin;

/// <summary>
/// <c>PUT</c> and <c>DELETE /api/v1/protocols/{id}</c>: a clinic's own protocol, stored as its JSON. The id is the
/// route's; a body <c>id</c>, if given, must match it. <c>version</c> is required.
/// </summary>
public sealed class ProtocolAdminHandler(JsonBody body, ICatalogueAdminStore store)
{
    public async Task<Results<WithETag<Ok<StoredProtocolSummary>>, ValidationProblem, BodyProblem, WithETag<Created<StoredProtocolSummary>>, StoreProblem>> PutAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        id = RouteKey.Decode(request, id);
        var read = await body.ReadAsync(request, ApiJsonContext.Default.JsonObject, cancellationToken);
        if (read.Problem is not null)
        {
            return read.Problem;
        }

        var json = read.Value!;
        json["id"] ??= id;
        if (json["version"] is not JsonValue version || !version.TryGetValue<string>(out var versionText))
        {
            return Problems.Validation("version", "Required: the protocol's version as a string.");
        }

        var protocol = new ProtocolDocument(id, versionText, json.ToJsonString());
        var result = await store.PutProtocolAsync(protocol, AdminResponses.IfMatch(request), cancellationToken);
        return AdminResponses.Written(result, StoredProtocolSummary.From);
    }

    public async Task<Results<NoContent, ValidationProblem, NotFoundProblem, StoreProblem>> DeleteAsync(HttpRequest request, string id, CancellationToken cancellationToken)
    {
        id = RouteKey.Decode(request, id);
        var result = await store.DeleteProtocolAsync(id, AdminResponses.IfMatch(request), cancellationToken);
        return AdminResponses.Deleted(result, "Protocol", "id");
    }
}
