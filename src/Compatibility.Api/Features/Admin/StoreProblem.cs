using System.Reflection;
using Compatibility.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Compatibility.Api.Features.Admin;

/// <summary>
/// An admin write the store refused: 412 (stale If-Match; carries the stored item's current ETag), 428 (If-Match
/// required), 503 (storage unavailable or not configured).
/// </summary>
public sealed class StoreProblem(IResult problem, string? currentETag = null) : DeclaredProblem(problem), IEndpointMetadataProvider
{
    public override Task ExecuteAsync(HttpContext httpContext)
    {
        if (!string.IsNullOrEmpty(currentETag))
        {
            httpContext.Response.Headers.ETag = currentETag;
        }

        return base.ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        Declare(builder, StatusCodes.Status412PreconditionFailed);
        Declare(builder, StatusCodes.Status428PreconditionRequired);
        Declare(builder, StatusCodes.Status503ServiceUnavailable);
    }
}
