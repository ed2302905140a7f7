using System.Net;
using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// What the DevServer answers without a handler is problem details too: unknown route 404, wrong method 405, too long
/// a target 414, too large headers 431, an exception 500. Past Kestrel's own (raised) limits and for a request it cannot
/// parse, Kestrel answers itself with an empty body; the contract says so, and these tests pin that boundary.
/// </summary>
public sealed class ServerProblemTests(DevServerFactory factory, KestrelDevServer server) : IClassFixture<DevServerFactory>, IClassFixture<KestrelDevServer>
{
    [Theory]
    [InlineData("application/json")]
    [InlineData("text/html")]
    [InlineData(null)]
    public async Task An_unknown_route_is_a_404_problem_whatever_the_Accept(string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v2/nothing-here");
        if (accept is not null) request.Headers.Add("Accept", accept);
        var response = await factory.CreateClient().SendAsync(request);

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem_with_Allow()
    {
        var response = await factory.CreateClient().PostAsync("/api/health", HttpAssert.Json("{}"));

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.MethodNotAllowed, ProblemTypes.MethodNotAllowed);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_exception_is_a_500_problem_not_an_empty_body()
    {
        using var failing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ICatalogueProvider>(new FailingCatalogue())));
        var response = await failing.CreateClient().GetAsync("/api/health");

        var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.InternalServerError, ProblemTypes.ServerError);
        Assert.DoesNotContain("boom", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Over_Kestrel_a_long_target_and_large_headers_are_problems()
    {
        var longTarget = await server.SendRawAsync($"GET /api/health?x={new string('a', RequestLimits.MaxTargetLength)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        Assert.Equal(414, longTarget.Status);
        Assert.Equal("application/problem+json", longTarget.Headers["content-type"]);
        Assert.Equal(ProblemTypes.UriTooLong, JsonDocument.Parse(longTarget.Body).RootElement.GetProperty("type").GetString());

        var largeHeaders = await server.SendRawAsync($"GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nX-Big: {new string('a', RequestLimits.MaxHeadersLength)}\r\n\r\n");
        Assert.Equal(431, largeHeaders.Status);
        Assert.Equal(ProblemTypes.HeadersTooLarge, JsonDocument.Parse(largeHeaders.Body).RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Over_Kestrel_what_Kestrel_rejects_itself_is_a_4xx_with_an_empty_body()
    {
        var beyond = await server.SendRawAsync($"GET /api/health?x={new string('a', KestrelLimits.MaxRequestLineSize)} HTTP/1.1\r\nHost: localhost\r\n\r\n");
        Assert.Equal(414, beyond.Status);
        Assert.Equal(string.Empty, beyond.Body);

        var garbage = await server.SendRawAsync("NOT HTTP AT ALL\r\n\r\n");
        Assert.Equal(400, garbage.Status);
        Assert.Equal(string.Empty, garbage.Body);
    }

    private sealed class FailingCatalogue : ICatalogueProvider
    {
        public CatalogueSnapshot Current => throw new InvalidOperationException("boom");

        public bool Degraded => false;
    }
}
