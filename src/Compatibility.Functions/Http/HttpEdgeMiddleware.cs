using Compatibility.Api.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace Compatibility.Functions.Http;

/// <summary>
/// Runs the DevServer's <see cref="HttpEdge"/> around every HTTP function: security headers, target and header limits,
/// and a problem written to the response (instead of the host's empty 500) when a function throws.
/// </summary>
public sealed class HttpEdgeMiddleware(HttpEdge edge) : IFunctionsWorkerMiddleware
{
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        return http is null ? next(context) : edge.InvokeAsync(http, () => next(context));
    }
}
