using System.Net;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Storage.Import;
using Compatibility.Storage.Tables;
using Polly;
using static Compatibility.Api.Tests.Infrastructure.AdminRequests;

namespace Compatibility.Api.Tests.Admin;

/// <summary>
/// Issue 11, public health without internals, on the Functions app (the DevServer's side is
/// <see cref="StorageOutageEndpointTests"/>): Azurite killed under it, the refresh fails with a connection error naming
/// 127.0.0.1 and the port; public health says <c>degraded</c> and since when, never why; the keyed detail says why.
/// </summary>
public sealed class FunctionsStorageOutageTests(StorageFunctionHost host) : IClassFixture<StorageFunctionHost>
{
    [Fact]
    public async Task During_an_outage_public_health_is_degraded_without_the_storage_error_and_the_detail_has_it()
    {
        using var before = await host.SendAsync(Request(HttpMethod.Get, "/api/health"));
        var healthySince = (await HttpAssert.JsonAsync(before)).GetProperty("since").GetDateTimeOffset();

        await host.Azurite.KillAsync();
        try
        {
            Assert.False(await host.RefreshAsync());
            Assert.Contains(host.Azurite.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), host.LastRefreshError, StringComparison.Ordinal);

            using var response = await host.SendAsync(Request(HttpMethod.Get, "/api/health"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            var health = System.Text.Json.JsonDocument.Parse(text).RootElement;
            Assert.Equal("degraded", health.GetProperty("status").GetString());
            Assert.True(health.GetProperty("since").GetDateTimeOffset() >= healthySince);
            Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
            Assert.DoesNotContain(host.Azurite.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            Assert.False(health.TryGetProperty("lastRefreshError", out _));
            Assert.False(health.GetProperty("catalogue").TryGetProperty("lastRefreshError", out _));

            // The function key guards the detail on the real host (AuthorizationLevel.Function); here the detail says why.
            using var detail = await host.SendAsync(Request(HttpMethod.Get, "/api/health/detail"));
            Assert.Equal(host.LastRefreshError, (await HttpAssert.JsonAsync(detail)).GetProperty("lastRefreshError").GetString());

            // The last good snapshot keeps answering.
            await AssertPublicRoutesAnswerAsync(host, protocol: null);
        }
        finally
        {
            await host.Azurite.StartAsync();
            await new CatalogueImporter(CatalogueTables.Create(host.StorageOptions), ResiliencePipeline.Empty)
                .ImportAsync(SeedData.LoadEmbedded(), prune: false, CancellationToken.None);
        }

        await AssertRefreshedAsync(host);
        Assert.Equal("healthy", await HealthStatusAsync(host));
    }
}
