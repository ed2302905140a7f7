using System.Net;
using System.Text.Json;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Health;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// Public health says healthy or degraded and since when, never why (the storage error names hosts and ports); the
/// keyed <c>/api/health/detail</c> adds the reason. The outage itself is in <c>StorageOutageEndpointTests</c>.
/// </summary>
public sealed class HealthTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private readonly FunctionHost _functions = new();

    [Fact]
    public async Task DevServer_public_health_has_status_and_since_but_no_refresh_error()
    {
        var health = await HttpAssert.JsonAsync(await factory.CreateClient().GetAsync("/api/health"));

        Assert.Equal("healthy", health.GetProperty("status").GetString());
        var catalogue = health.GetProperty("catalogue");
        // The embedded catalogue has been healthy since it loaded.
        Assert.Equal(catalogue.GetProperty("loadedAt").GetDateTimeOffset(), health.GetProperty("since").GetDateTimeOffset());
        Assert.False(catalogue.TryGetProperty("lastRefreshError", out _));
        Assert.False(health.TryGetProperty("lastRefreshError", out _));
    }

    [Fact]
    public async Task DevServer_health_detail_needs_the_key_and_then_says_why()
    {
        var anonymous = await factory.CreateClient().GetAsync("/api/health/detail");
        await HttpAssert.ProblemAsync(anonymous, HttpStatusCode.Unauthorized);

        var keyed = factory.CreateClient();
        keyed.DefaultRequestHeaders.Add("x-functions-key", DevServerFactory.FunctionKey);
        var detail = await HttpAssert.JsonAsync(await keyed.GetAsync("/api/health/detail"));
        Assert.Equal("healthy", detail.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, detail.GetProperty("lastRefreshError").ValueKind);
        Assert.Equal("embedded", detail.GetProperty("catalogue").GetProperty("source").GetString());
    }

    [Fact]
    public async Task Functions_public_and_detail_health_differ_only_by_the_reason()
    {
        var request = _functions.Request("GET");
        var (_, _, publicBody) = await FunctionHost.ExecuteAsync(_functions.Create<HealthFunction>().Run(request), request);
        var detailRequest = _functions.Request("GET");
        var (status, _, detailBody) = await FunctionHost.ExecuteAsync(_functions.Create<HealthDetailFunction>().Run(detailRequest), detailRequest);

        Assert.Equal(200, status);
        var publicHealth = JsonDocument.Parse(publicBody).RootElement;
        var detail = JsonDocument.Parse(detailBody).RootElement;
        Assert.Equal(["catalogue", "since", "status"], publicHealth.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["catalogue", "lastRefreshError", "since", "status"], detail.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.False(publicHealth.GetProperty("catalogue").TryGetProperty("lastRefreshError", out _));
    }

    public void Dispose() => _functions.Dispose();
}
