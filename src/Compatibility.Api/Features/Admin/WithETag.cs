using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Admin;

/// <summary>Adds the stored item's <c>ETag</c> to a result, for the caller's next <c>If-Match</c>.</summary>
public sealed class WithETag(IResult inner, string? etag) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (!string.IsNullOrEmpty(etag))
        {
            httpContext.Response.Headers.ETag = etag;
        }

        return inner.ExecuteAsync(httpContext);
    }
}
