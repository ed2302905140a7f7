using System.Text;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>
/// A sheet response. Its Content-Security-Policy allows only the sheet's own style sheet (by hash) and inline SVG:
/// even if text ever slipped past escaping, no script, remote font or image could load.
/// </summary>
public sealed class HtmlPageResult(string html) : IResult
{
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {SheetStyles.CspHash}; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public string Html { get; } = html;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var bytes = Encoding.UTF8.GetBytes(Html);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = AftercareSheetRenderer.ContentType;
        response.ContentLength = bytes.Length;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted);
    }
}
