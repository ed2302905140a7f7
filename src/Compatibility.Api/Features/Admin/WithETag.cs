using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Compatibility.Api.Features.Admin;

/// <summary>Adds the stored item's <c>ETag</c> to a result, for the caller's next <c>If-Match</c>; documented as the result it wraps.</summary>
public sealed class WithETag<TResult>(TResult inner, string? etag) : IResult, IStatusCodeHttpResult, IEndpointMetadataProvider
    where TResult : IResult, IEndpointMetadataProvider
{
    public TResult Inner { get; } = inner;

    public int? StatusCode => (Inner as IStatusCodeHttpResult)?.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (!string.IsNullOrEmpty(etag))
        {
            httpContext.Response.Headers.ETag = etag;
        }

        return Inner.ExecuteAsync(httpContext);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => TResult.PopulateMetadata(method, builder);
}
