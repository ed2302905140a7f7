using System.Net;
using System.Text;
using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Aftercare;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// A body that cannot be read (Content-Length promising more than arrives, data too slow, the connection dropping) is
/// the client's fault: a problem with the server's status, and a warning without a stack trace, never a 500.
/// </summary>
public sealed class BodyReadFailureTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private readonly FunctionHost _functions = new();

    public static TheoryData<int, int> Failures => new()
    {
        { 400, 400 }, // Kestrel: "Unexpected end of request content."
        { 408, 408 }, // Kestrel: "Reading the request body timed out due to data arriving too slowly."
        { 413, 413 },
        { 0, 400 }, // a plain IOException: the connection reset
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task DevServer_answers_a_failing_body_with_a_problem(int thrown, int expected)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "POST";
            c.Request.Path = "/api/v1/check";
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = 500;
            c.Request.Body = new FailingStream(Failure(thrown));
        });

        Assert.Equal(expected, context.Response.StatusCode);
        Assert.Equal("application/problem+json", context.Response.ContentType);
        var problem = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(expected, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Functions_answer_a_failing_body_with_a_problem(int thrown, int expected)
    {
        var request = _functions.Request("POST", "{}");
        request.Body = new FailingStream(Failure(thrown));
        request.ContentLength = 500;
        var (status, contentType, _) = await FunctionHost.ExecuteAsync(await _functions.Create<CheckFunction>().Run(request, CancellationToken.None), request);

        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Fact]
    public async Task Over_Kestrel_a_slow_body_is_a_408_problem_logged_as_a_warning_without_a_stack_trace()
    {
        using var server = KestrelDevServer.With(b => b
            .ConfigureLogging(l => l.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddFakeLogging())
            .ConfigureTestServices(s => s.PostConfigure<KestrelServerOptions>(o =>
                o.Limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 1000, gracePeriod: TimeSpan.FromSeconds(2)))));

        // 20 of the promised 2,000 bytes, then nothing: Kestrel trips its minimum data rate after the grace period.
        var response = await server.SendRawAsync(
            "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n",
            "{\"procedure\": {\"typ");

        Assert.Equal(408, response.Status);
        Assert.Equal(ProblemTypes.RequestTimeout, JsonDocument.Parse(response.Body).RootElement.GetProperty("type").GetString());
        var records = server.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        var warning = Assert.Single(records, r => r.Message.Contains("Request body could not be read", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(records, r => r.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Over_Kestrel_a_body_cut_short_is_never_a_5xx()
    {
        using var server = new KestrelDevServer();
        // The client half-closes after 13 of the 100 promised bytes: Kestrel aborts the request; nothing is a failure.
        var response = await server.TrySendRawAsync(
            "POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n",
            "{\"procedure\":",
            halfClose: true);

        // Either no answer (the connection is gone) or a 4xx problem; and the server goes on serving.
        Assert.True(response is null || response.Status is >= 400 and < 500, $"answered {response?.Status}: {response?.Body}");
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().GetAsync("/api/health")).StatusCode);
    }

    private static IOException Failure(int status) => status == 0
        ? new IOException("The client reset the request stream.")
        : new Microsoft.AspNetCore.Http.BadHttpRequestException("Rejected by the server.", status);

    public void Dispose() => _functions.Dispose();

    /// <summary>A request body whose first read fails as Kestrel's does.</summary>
    private sealed class FailingStream(IOException failure) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw failure;
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(failure);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
