using System.Text;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>
/// The only way text reaches the sheet: every string from a request, the catalogue or a protocol goes through
/// <see cref="Text"/> (element content and quoted attribute values alike), so markup in a product name stays text.
/// </summary>
public static class Html
{
    /// <summary>Escapes <c>&amp; &lt; &gt; " '</c>; control characters (invalid in HTML) become U+FFFD.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return string.Empty;
        var sb = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n': sb.Append(c); break;
                case '\r': sb.Append('\n'); break;
                default:
                    sb.Append(char.IsControl(c) || IsNonCharacter(c) ? '\uFFFD' : c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>An http(s) URL fit for an <c>href</c>, or null: no <c>javascript:</c>, <c>data:</c> or relative links.</summary>
    public static string? SafeHref(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;

    private static bool IsNonCharacter(char c) => c is '\uFFFE' or '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF');
}
