using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Compatibility.Api.Http;

/// <summary>
/// Headers on every answer of both hosts. <c>nosniff</c>: JSON that echoes <c>&lt;script&gt;</c> is never run as a page.
/// <c>no-store</c> on everything: admin answers carry keyed data, checks and plans carry a patient's products and
/// procedure date, and health must not be served stale by a cache; the catalogue is small enough to ask again.
/// </summary>
public static class SecurityHeaders
{
    public static void Apply(HttpResponse response)
    {
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers.CacheControl = "no-store";
    }
}
