using Compatibility.Core.Admin;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Compatibility.Api.Features.Admin;

/// <summary>
/// The id or SKU in the last path segment, decoded exactly once, trimmed and in NFC (as stored).
/// ASP.NET Core decodes every escape of a path segment except <c>%2F</c>, so <c>a%2Fb</c> and <c>a%252Fb</c>
/// both arrive as <c>a%2Fb</c>; decoding that again turned the literal <c>%2F</c> into a slash. The raw request
/// target tells the two apart; without one (a host that does not keep it) <c>%2F</c> is taken as the slash.
/// </summary>
public static class RouteKey
{
    public static string Decode(HttpRequest request, string value) => CatalogueKeys.Normalize(DecodeOnce(request, value));

    /// <summary>The old rule, for a route value alone: <c>%2F</c> is a slash.</summary>
    public static string Decode(string value) =>
        value.Contains('%', StringComparison.Ordinal)
            ? value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)
            : value;

    private static string DecodeOnce(HttpRequest request, string value)
    {
        var raw = RawLastSegment(request);
        if (raw is null)
        {
            return Decode(value);
        }

        try
        {
            // Use the raw segment only when it is the one routing decoded into this value.
            var asRouted = Uri.UnescapeDataString(raw.Replace("%2F", "%252F", StringComparison.OrdinalIgnoreCase));
            return string.Equals(asRouted, value, StringComparison.OrdinalIgnoreCase) ? Uri.UnescapeDataString(raw) : Decode(value);
        }
        catch (UriFormatException)
        {
            return Decode(value);
        }
    }

    private static string? RawLastSegment(HttpRequest request)
    {
        var target = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target))
        {
            return null;
        }

        var path = target.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        var slash = path.LastIndexOf('/');
        return slash < 0 || slash == path.Length - 1 ? null : path[(slash + 1)..].ToString();
    }
}
