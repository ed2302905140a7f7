using System.Net;
using Compatibility.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// <c>X-Content-Type-Options: nosniff</c> and <c>Cache-Control: no-store</c> on every answer (success, problem, admin,
/// health, unknown route), and no <c>Server: Kestrel</c>. The Functions side is in <see cref="FunctionEdgeTests"/>.
/// </summary>
public sealed class SecurityHeaderTests(DevServerFactory factory) : IClassFixture<DevServerFactory>
{
    public static TheoryData<string, string, string?, bool> Requests => new()
    {
        { "GET", "/api/health", null, false },
        { "GET", "/api/health/detail", null, true },
        { "GET", "/api/v1/ingredients?q=%3Cscript%3E", null, false },
        { "POST", "/api/v1/ingredients/analyze", """{"inci":"<script>alert(1)</script>"}""", false },
        { "POST", "/api/v1/check", "{", false },
        { "GET", "/api/v1/products/ORD-HA-B5-30ML", null, true },
        { "GET", "/api/v1/products/ORD-HA-B5-30ML", null, false },
        { "PUT", "/api/v1/products/X", """{"name":"n","inci":"Aqua"}""", true },
        { "GET", "/api/no-such-route", null, false },
        { "DELETE", "/api/health", null, false },
        { "GET", "/api/openapi.json", null, false },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_answer_carries_nosniff_and_no_store(string method, string path, string? json, bool keyed)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (json is not null) request.Content = HttpAssert.Json(json);
        if (keyed) request.Headers.Add("x-functions-key", DevServerFactory.FunctionKey);
        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.True(response.Headers.CacheControl?.NoStore, $"{method} {path} ({(int)response.StatusCode}) lacks Cache-Control: no-store");
    }

    [Fact]
    public async Task Over_Kestrel_no_Server_header_is_sent()
    {
        using var server = new KestrelDevServer();
        var response = await server.CreateClient().GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public void Both_hosts_configure_Kestrel_without_the_Server_header()
    {
        using var functions = new FunctionHost();
        var options = functions.Create<OptionsHolder>().Kestrel;
        Assert.False(options.AddServerHeader);
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    /// <summary>Resolves the Functions app's Kestrel options (the worker's server) through its service provider.</summary>
    private sealed class OptionsHolder(IOptions<KestrelServerOptions> options)
    {
        public KestrelServerOptions Kestrel => options.Value;
    }
}
