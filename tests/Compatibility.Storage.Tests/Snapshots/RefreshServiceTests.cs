using Compatibility.Core.Catalogue;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Storage.Tests.Snapshots;

[Collection(AzuriteCollection.Name)]
public sealed class RefreshServiceTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Loads_at_start_serves_without_reading_storage_and_picks_up_changes_on_the_next_tick()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        // The load timeout runs on the same fake clock: make it longer than all the ticks this test advances.
        var storage = await TestStorage.CreateAsync(
            azurite.ConnectionString,
            o => (o.RefreshInterval, o.SnapshotLoadTimeout) = (TimeSpan.FromMinutes(1), TimeSpan.FromDays(1)),
            time: time);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(50, products: 5), prune: false, CancellationToken.None);
        var provider = storage.Provider(TestStorage.FallbackSnapshot);
        var service = new CatalogueRefreshService(provider, Options.Create(storage.Options), time, NullLogger<CatalogueRefreshService>.Instance);

        await service.StartAsync(CancellationToken.None);
        try
        {
            Assert.Equal(CatalogueSnapshot.TableStorageSource, provider.Current.Source);
            Assert.False(provider.Degraded);
            var first = provider.Current;

            await storage.Admin.PutProductAsync(TestSeeds.Product(77), null, CancellationToken.None);
            Assert.Null(provider.Current.FindProduct(TestSeeds.Product(77).Sku)); // no per-request storage read

            var refreshed = await TickUntilAsync(time, TimeSpan.FromMinutes(1), () => provider.Current.FindProduct(TestSeeds.Product(77).Sku) is not null);

            Assert.True(refreshed);
            Assert.NotEqual(first.Version, provider.Current.Version);
            Assert.True(provider.Current.LoadedAt > first.LoadedAt);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task An_unchanged_catalogue_keeps_its_index_and_version_but_is_stamped_fresh()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, time: time);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(50), prune: false, CancellationToken.None);
        var first = await storage.Loader.LoadAsync(null, CancellationToken.None);

        time.Advance(TimeSpan.FromMinutes(5));
        var second = await storage.Loader.LoadAsync(first, CancellationToken.None);

        Assert.Same(first.Ingredients, second.Ingredients);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(TimeSpan.FromMinutes(5), second.LoadedAt - first.LoadedAt);
    }

    // Moves the fake clock one interval at a time until the background loop has acted. The loop runs on its own
    // task (ExecuteAsync no longer runs inline in StartAsync), so its timer may start after the first advance.
    // Bounded, and not a timing assertion.
    private static async Task<bool> TickUntilAsync(FakeTimeProvider time, TimeSpan interval, Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            time.Advance(interval);
            await Task.Delay(100);
        }

        return condition();
    }
}
