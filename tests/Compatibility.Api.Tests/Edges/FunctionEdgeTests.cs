using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Http;
using Compatibility.Functions.Ingredients;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// The Functions app's worker middleware around a function, as the ASP.NET Core integration runs it: the same headers,
/// limits and failure problems as the DevServer's (one <see cref="HttpEdge"/>), instead of the host's empty 500.
/// </summary>
public sealed class FunctionEdgeTests : IDisposable
{
    private readonly FunctionHost _functions = new(s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Debug).AddFakeLogging()));

    [Fact]
    public async Task A_function_answer_gets_the_security_headers()
    {
        var request = _functions.Request("GET", query: "?q=glyc");
        IResult? result = null;
        await Middleware().Invoke(new FakeFunctionContext(request.HttpContext), _ =>
        {
            result = _functions.Create<SearchIngredientsFunction>().Run(request);
            return Task.CompletedTask;
        });
        // The integration executes the function's result after the middleware, onto the same response.
        var (status, _, _) = await FunctionHost.ExecuteAsync(result!, request);

        Assert.Equal(200, status);
        Assert.Equal("nosniff", request.HttpContext.Response.Headers["X-Content-Type-Options"].ToString());
        Assert.Equal("no-store", request.HttpContext.Response.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task A_throwing_function_is_a_500_problem_logged_as_an_error()
    {
        var request = _functions.Request("GET");
        request.HttpContext.Response.Headers.ETag = "\"stale\"";
        await Middleware().Invoke(new FakeFunctionContext(request.HttpContext), _ => throw new InvalidOperationException("secret detail"));
        var (status, contentType, body) = await Read(request);

        Assert.Equal(500, status);
        Assert.Equal("application/problem+json", contentType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(ProblemTypes.ServerError, problem.GetProperty("type").GetString());
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.False(request.HttpContext.Response.Headers.ContainsKey("ETag"));
        Assert.Equal("nosniff", request.HttpContext.Response.Headers["X-Content-Type-Options"].ToString());
        var error = Assert.Single(Logs(), r => r.Level == LogLevel.Error);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(408)]
    [InlineData(413)]
    public async Task A_server_rejection_keeps_its_status_and_is_a_warning(int rejected)
    {
        var request = _functions.Request("POST", "{}");
        await Middleware().Invoke(new FakeFunctionContext(request.HttpContext), _ => throw new BadHttpRequestException("rejected", rejected));
        var (status, contentType, _) = await Read(request);

        Assert.Equal(rejected, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.DoesNotContain(Logs(), r => r.Level >= LogLevel.Error);
        Assert.Null(Assert.Single(Logs(), r => r.Level == LogLevel.Warning).Exception);
    }

    [Fact]
    public async Task A_too_long_target_never_reaches_the_function()
    {
        var request = _functions.Request("GET", query: "?q=" + new string('a', RequestLimits.MaxTargetLength));
        var called = false;
        await Middleware().Invoke(new FakeFunctionContext(request.HttpContext), _ =>
        {
            called = true;
            return Task.CompletedTask;
        });
        var (status, _, body) = await Read(request);

        Assert.False(called);
        Assert.Equal(414, status);
        Assert.Equal(ProblemTypes.UriTooLong, JsonDocument.Parse(body).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_client_that_left_gets_no_answer_and_no_error_log()
    {
        var request = _functions.Request("POST", "{}");
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        request.HttpContext.RequestAborted = aborted.Token;
        await Middleware().Invoke(new FakeFunctionContext(request.HttpContext), _ => throw new OperationCanceledException());

        Assert.Equal(200, request.HttpContext.Response.StatusCode); // untouched
        Assert.DoesNotContain(Logs(), r => r.Level >= LogLevel.Warning);
    }

    private HttpEdgeMiddleware Middleware() => _functions.Create<HttpEdgeMiddleware>();

    private IReadOnlyList<FakeLogRecord> Logs() => _functions.Create<LogHolder>().Records;

    private static async Task<(int Status, string? ContentType, string Body)> Read(HttpRequest request)
    {
        var response = request.HttpContext.Response;
        response.Body.Position = 0;
        using var reader = new StreamReader(response.Body);
        return (response.StatusCode, response.ContentType, await reader.ReadToEndAsync());
    }

    public void Dispose() => _functions.Dispose();

    private sealed class LogHolder(FakeLogCollector collector)
    {
        public IReadOnlyList<FakeLogRecord> Records => collector.GetSnapshot();
    }
}
