using Compatibility.Api.Features.Admin;
using Compatibility.Api.Http;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Protocols;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Protocols;

/// <summary><c>GET /api/v1/protocols</c> and <c>GET /api/v1/protocols/{id}</c>: the protocols with every window and its sources.</summary>
public sealed class ProtocolsHandler(ICatalogueProvider catalogue)
{
    public Ok<ProtocolListResponse> List()
    {
        var library = catalogue.Current.ProtocolLibrary;
        var items = library.All
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .Select(p => new ProtocolSummary(p.Id, p.Version, p.Name, p.ProcedureType, p.Description, p.Id == library.DefaultId))
            .ToList();
        return TypedResults.Ok(new ProtocolListResponse(library.DefaultId, items));
    }

    /// <summary>The id decoded as the admin routes decode it; a stored protocol carries its ETag (as of the snapshot).</summary>
    public Results<WithETag<Ok<Protocol>>, NotFoundProblem> Get(HttpRequest request, string id)
    {
        id = RouteKey.Decode(request, id);
        var snapshot = catalogue.Current;
        var protocol = snapshot.ProtocolLibrary.Find(id);
        return protocol is null
            ? new NotFoundProblem(Problems.NotFound($"Protocol '{Core.Text.DisplayText.Shorten(id, 100)}'", "id"))
            : new WithETag<Ok<Protocol>>(TypedResults.Ok(protocol), snapshot.ETags.Protocol(protocol.Id));
    }
}
