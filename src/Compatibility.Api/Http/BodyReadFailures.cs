using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Compatibility.Api.Http;

/// <summary>
/// A request body that could not be read: cut short (Content-Length promised more), too slow (Kestrel's minimum data
/// rate), over the server's own size limit, or the connection dropped. The client's fault, so a problem with the
/// server's status (400, 408, 413) and a warning without a stack trace, never an application failure.
/// </summary>
public static class BodyReadFailures
{
    public static IResult Problem(IOException exception, ILogger logger)
    {
        var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
        HttpEdgeLog.BodyUnreadable(logger, status, exception.GetType(), exception.Message);
        return Problems.ForStatus(status, status switch
        {
            StatusCodes.Status408RequestTimeout => "The request body arrived too slowly; send it at once.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than the server accepts.",
            _ => "The request body ended before its Content-Length, or the connection dropped while it was read.",
        });
    }
}
