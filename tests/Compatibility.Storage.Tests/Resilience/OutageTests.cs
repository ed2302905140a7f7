using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;
using Compatibility.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Storage.Tests.Resilience;

/// <summary>Kills a real Azurite mid-run and brings it back on the same port. Uses an Azurite of its own.</summary>
public sealed class OutageTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Azurite_killed_during_a_run_of_reads_fails_nothing_turns_degraded_and_the_next_refresh_after_restart_recovers()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, o =>
        {
            o.BreakerMinimumThroughput = 2;
            o.NetworkTimeout = TimeSpan.FromSeconds(2);
        }, time: time);
        var seed = TestSeeds.Synthetic(500, products: 20, protocols: 2);
        await storage.Importer.ImportAsync(seed, prune: false, None);
        var provider = storage.Provider(TestStorage.FallbackSnapshot);
        Assert.True(await provider.RefreshAsync(None));
        var version = provider.Current.Version;

        var refreshes = new List<bool>();
        AdminResult<Core.Products.Product>? writeDuringOutage = null;
        for (var i = 0; i < 60; i++)
        {
            if (i == 20)
            {
                await azurite.KillAsync();
            }

            if (i % 5 == 0)
            {
                refreshes.Add(await provider.RefreshAsync(None));
            }

            if (i == 30)
            {
                writeDuringOutage = await storage.Admin.PutProductAsync(TestSeeds.Product(1_000), null, None);
            }

            var snapshot = provider.Current;
            Assert.Equal(version, snapshot.Version);
            Assert.Equal(seed.Products[i % 20], snapshot.FindProduct(seed.Products[i % 20].Sku));
        }

        Assert.Equal([true, true, true, true, false, false, false, false, false, false, false, false], refreshes);
        Assert.True(provider.Degraded);
        Assert.Equal(CatalogueSnapshot.TableStorageSource, provider.Current.Source);
        Assert.Equal(AdminOutcome.Unavailable, writeDuringOutage!.Outcome);

        // Storage comes back (in-memory Azurite comes back empty, so its data is restored first).
        await azurite.StartAsync();
        await storage.Importer.ImportAsync(seed, prune: false, None);
        time.Advance(storage.Options.BreakDuration);

        Assert.True(await provider.RefreshAsync(None));
        Assert.False(provider.Degraded);
        Assert.Equal(version, provider.Current.Version);
        Assert.Equal(AdminOutcome.NotFound, (await storage.Admin.GetProductAsync(TestSeeds.Product(1_000).Sku, None)).Outcome);
        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutProductAsync(TestSeeds.Product(1_000), null, None)).Outcome);
    }

    [Fact]
    public async Task Storage_unreachable_at_a_cold_start_serves_the_embedded_fallback_and_says_so()
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, o => o.NetworkTimeout = TimeSpan.FromSeconds(2));
        await azurite.KillAsync();
        var provider = storage.Provider(TestStorage.FallbackSnapshot);

        Assert.False(await provider.RefreshAsync(None));

        Assert.True(provider.Degraded);
        Assert.Equal(CatalogueSnapshot.EmbeddedFallbackSource, provider.Current.Source);
        Assert.Equal("embedded-test", provider.Current.Version);
        Assert.NotNull(provider.LastRefreshError);
        Assert.False(provider.HasStorageSnapshot);
    }
}
