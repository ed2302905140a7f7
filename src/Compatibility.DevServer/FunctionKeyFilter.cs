using System.Security.Cryptography;
using System.Text;
using Compatibility.Api.Http;
using Microsoft.Extensions.Options;

namespace Compatibility.DevServer;

/// <summary>
/// Checks <c>x-functions-key</c> (or <c>?code=</c>) the way the Functions host does for function-level routes. Without
/// a configured key (only <c>appsettings.Development.json</c> ships one) the admin routes are off: 503 saying so.
/// </summary>
public sealed class FunctionKeyFilter(IOptions<FunctionKeyOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.FunctionKey;
        if (string.IsNullOrWhiteSpace(expected))
        {
            return Problems.AdminDisabled();
        }

        var request = context.HttpContext.Request;
        var given = request.Headers["x-functions-key"].ToString();
        if (given.Length == 0)
        {
            given = request.Query["code"].ToString();
        }

        if (!FixedTimeEquals(expected, given))
        {
            return Problems.Unauthorized();
        }

        return await next(context);
    }

    private static bool FixedTimeEquals(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
