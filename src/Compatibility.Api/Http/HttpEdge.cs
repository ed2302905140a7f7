using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Compatibility.Api.Http;

/// <summary>
/// What both hosts do around every request, whatever the endpoint: the security headers, the target and header
/// limits, and a problem instead of an empty 500 (or of a client's aborted body logged as a failure) when something
/// throws. The DevServer runs it as ASP.NET Core middleware, the Functions app as worker middleware.
/// </summary>
public sealed class HttpEdge(ILogger<HttpEdge> logger)
{
    public async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        SecurityHeaders.Apply(context.Response);
        if (RequestLimits.Check(context) is { } rejected)
        {
            await rejected.ExecuteAsync(context);
            return;
        }

        try
        {
            await next();
        }
        catch (Exception exception) when (!context.Response.HasStarted)
        {
            if (context.RequestAborted.IsCancellationRequested)
            {
                HttpEdgeLog.Aborted(logger);
                return; // The client left: nobody to answer, and nothing of ours failed.
            }

            // Drop what the endpoint had set (an ETag, a content type) before answering with the problem.
            context.Response.Clear();
            SecurityHeaders.Apply(context.Response);
            await Failure(exception).ExecuteAsync(context);
        }
    }

    private IResult Failure(Exception exception)
    {
        // Kestrel's own rejections (body too large, cut short or too slow outside the body reader) carry their status.
        if (exception is BadHttpRequestException bad)
        {
            HttpEdgeLog.Rejected(logger, bad.StatusCode, exception.GetType());
            return Problems.ForStatus(bad.StatusCode);
        }

        HttpEdgeLog.Unhandled(logger, exception);
        return Problems.ForStatus(StatusCodes.Status500InternalServerError);
    }
}
