using System.Net;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Admin;

/// <summary>
/// Azurite killed under a running DevServer: checks keep answering from the snapshot, admin writes get 503, public health
/// says degraded (and since when) without the storage error, which only the keyed health detail gives.
/// </summary>
public sealed class StorageOutageEndpointTests(StorageDevServer server) : IClassFixture<StorageDevServer>
{
    private const string Check = """
        {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"at":"2026-11-21T10:00:00+01:00",
         "products":[{"ref":"a","sku":"ORD-HA-B5-30ML"},{"ref":"b","sku":"ORD-RET05-SQ-30ML"}]}
        """;

    [Fact]
    public async Task During_an_outage_checks_answer_health_turns_degraded_and_writes_are_503_then_storage_recovers()
    {
        var client = server.AdminClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/check", HttpAssert.Json(Check))).StatusCode);

        var healthySince = (await HttpAssert.JsonAsync(await client.GetAsync("/api/health"))).GetProperty("since").GetDateTimeOffset();
        await server.Azurite.KillAsync();

        for (var i = 0; i < 10; i++)
        {
            var check = await client.PostAsync("/api/v1/check", HttpAssert.Json(Check));
            Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        }

        var write = await client.PutAsync("/api/v1/products/OUTAGE-1", HttpAssert.Json("""{"name":"n","inci":"Aqua"}"""));
        var problem = await HttpAssert.ProblemAsync(write, HttpStatusCode.ServiceUnavailable);
        Assert.EndsWith("/unavailable", problem.GetProperty("type").GetString());
        Assert.True(await EventuallyAsync(async () => await DegradedAsync(client)));

        // Public health says degraded and since when, never why: the reason names the storage host and port.
        var anonymous = server.Factory.CreateClient();
        var publicText = await (await anonymous.GetAsync("/api/health")).Content.ReadAsStringAsync();
        var publicHealth = System.Text.Json.JsonDocument.Parse(publicText).RootElement;
        Assert.Equal("degraded", publicHealth.GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", publicText, StringComparison.Ordinal);
        Assert.False(publicHealth.GetProperty("catalogue").TryGetProperty("lastRefreshError", out _));
        var degradedSince = publicHealth.GetProperty("since").GetDateTimeOffset();
        Assert.True(degradedSince > healthySince, $"degraded since {degradedSince:O}, healthy since {healthySince:O}");
        var detail = await HttpAssert.JsonAsync(await client.GetAsync("/api/health/detail"));
        Assert.False(string.IsNullOrWhiteSpace(detail.GetProperty("lastRefreshError").GetString()));
        Assert.Equal(degradedSince, detail.GetProperty("since").GetDateTimeOffset());
        await HttpAssert.ProblemAsync(await anonymous.GetAsync("/api/health/detail"), HttpStatusCode.Unauthorized);

        await server.Azurite.StartAsync();
        await new Compatibility.Storage.Import.CatalogueImporter(
                Compatibility.Storage.Tables.CatalogueTables.Create(new() { ConnectionString = server.Azurite.ConnectionString, TablePrefix = server.Prefix }),
                Polly.ResiliencePipeline.Empty)
            .ImportAsync(Compatibility.Storage.Import.SeedData.LoadEmbedded(), prune: false, CancellationToken.None);

        Assert.True(await EventuallyAsync(async () => !await DegradedAsync(client)));
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/v1/products/OUTAGE-1"), HttpStatusCode.NotFound, "sku");
    }

    private static async Task<bool> DegradedAsync(HttpClient client) =>
        (await HttpAssert.JsonAsync(await client.GetAsync("/api/health"))).GetProperty("catalogue").GetProperty("degraded").GetBoolean();

    // The refresh runs every second in the background; wait for it, bounded (not a timing assertion).
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }
}
