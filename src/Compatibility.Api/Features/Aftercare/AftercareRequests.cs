using System.Text.Json.Serialization.Metadata;
using Compatibility.Api.Http;
using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Aftercare;

/// <summary>
/// The one preamble of the check, routine, plan and prepare handlers: reads the JSON body, then validates procedure,
/// protocol and products against the current catalogue snapshot (<see cref="AftercareRequestReader"/>).
/// </summary>
public sealed class AftercareRequests(JsonBody body, ICatalogueProvider catalogue)
{
    public async Task<AftercareRequest<T>> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        where T : class, IAftercareRequest
    {
        var read = await body.ReadAsync(request, typeInfo, cancellationToken);
        if (read.Problem is not null)
        {
            return AftercareRequest<T>.Unreadable(read.Problem);
        }

        var input = read.Value!;
        var snapshot = catalogue.Current;
        var errors = new ValidationErrors();
        var notFound = new NotFoundFields();
        var shared = AftercareRequestReader.Read(input.Procedure, input.Protocol, input.Products, snapshot, errors, notFound);
        return AftercareRequest<T>.Read(input, shared, errors, notFound);
    }
}
