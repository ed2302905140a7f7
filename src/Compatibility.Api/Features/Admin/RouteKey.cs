namespace Compatibility.Api.Features.Admin;

/// <summary>
/// Route values keep <c>%2F</c> encoded (ASP.NET Core decodes every other escape in a path segment), so an id or
/// SKU with a slash arrives as <c>a%2Fb</c>. Turning that back into <c>/</c> lets clients address such items.
/// </summary>
public static class RouteKey
{
    public static string Decode(string value) =>
        value.Contains('%', StringComparison.Ordinal)
            ? value.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase)
            : value;
}
