using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Compatibility.Api.Http;

/// <summary>
/// The request target and header limits, checked by the application so the answer is a problem, not Kestrel's empty
/// 414 / 431. Kestrel's own limits are set higher (<see cref="KestrelLimits"/>); only beyond those does the server
/// itself answer, without a body (documented in the contract).
/// </summary>
public static class RequestLimits
{
    /// <summary>Longest request target (path and query, as sent): Kestrel's default request-line limit.</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>Largest sum of header names and values: Kestrel's default header limit.</summary>
    public const int MaxHeadersLength = 32 * 1024;

    public static IResult? Check(HttpContext context)
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        var targetLength = string.IsNullOrEmpty(target)
            ? request.PathBase.Value?.Length + request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0
            : target.Length;
        if (targetLength > MaxTargetLength)
        {
            return Problems.ForStatus(StatusCodes.Status414UriTooLong, $"The request target is {targetLength} characters; at most {MaxTargetLength} are accepted.");
        }

        var headersLength = 0;
        foreach (var (name, values) in request.Headers)
        {
            headersLength += name.Length;
            foreach (var value in values)
            {
                headersLength += value?.Length ?? 0;
            }
        }

        return headersLength > MaxHeadersLength
            ? Problems.ForStatus(StatusCodes.Status431RequestHeaderFieldsTooLarge, $"The request headers are {headersLength} characters; at most {MaxHeadersLength} are accepted.")
            : null;
    }
}
