using System.Net;
using System.Reflection;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Health;
using Microsoft.Azure.Functions.Worker;

namespace Compatibility.Api.Tests.Edges;

/// <summary>HEAD on every GET route answers like GET, without a body (it was a 405).</summary>
public sealed class HeadTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private readonly FunctionHost _functions = new();

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/openapi.json")]
    [InlineData("/api/v1/protocols")]
    [InlineData("/api/v1/protocols/microneedling-standard")]
    [InlineData("/api/v1/protocols/no-such-protocol")]
    [InlineData("/api/v1/ingredients/sodium-hyaluronate")]
    [InlineData("/api/v1/ingredients?q=glyc")]
    [InlineData("/api/v1/ingredients?q=-")]
    public async Task DevServer_answers_HEAD_with_the_status_and_type_of_GET(string path)
    {
        var client = factory.CreateClient();
        var get = await client.GetAsync(path);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DevServer_HEAD_on_a_keyed_GET_still_needs_the_key()
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/products/ORD-HA-B5-30ML"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Over_Kestrel_HEAD_health_is_200_without_a_body()
    {
        using var server = new KestrelDevServer();
        var response = await server.SendRawAsync("HEAD /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal(string.Empty, response.Body);
    }

    [Fact]
    public void Every_GET_function_also_lists_HEAD()
    {
        var triggers = typeof(Compatibility.Functions.Program).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
            .Select(m => m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).Single(a => a is not null)!)
            .Where(t => t.Methods!.Contains("get"))
            .ToList();

        Assert.True(triggers.Count >= 8, $"found {triggers.Count} GET functions");
        Assert.All(triggers, t => Assert.Contains("head", t.Methods!));
    }

    [Fact]
    public async Task Functions_health_answers_a_HEAD_request()
    {
        var request = _functions.Request("HEAD");
        var (status, contentType, _) = await FunctionHost.ExecuteAsync(_functions.Create<HealthFunction>().Run(request), request);

        // The worker's Kestrel drops the body of a HEAD answer, as the DevServer's does.
        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
    }

    public void Dispose() => _functions.Dispose();
}
