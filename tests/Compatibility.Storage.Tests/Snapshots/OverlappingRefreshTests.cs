using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Snapshots;

/// <summary>
/// A slow refresh that fails falls back to the snapshot it started from. Overlapping a newer refresh that succeeded, it
/// used to put the older catalogue back (found by the issue 11 host tests, where the DevServer's timer and a test's
/// own refresh overlapped); refreshes now queue, so the newest good snapshot is the one served.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class OverlappingRefreshTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_slow_failing_refresh_never_puts_back_an_older_snapshot_than_a_newer_refresh_loaded()
    {
        var hold = HoldFirstRequestPolicy.Read("Products");
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [hold]);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(20, products: 3, version: "gen-1"), prune: true, CancellationToken.None);
        var provider = storage.Provider(TestStorage.FallbackSnapshot);
        Assert.True(await provider.RefreshAsync(CancellationToken.None));

        // Refresh A reads the meta row, then stalls on the products table while generation 2 is imported: its second
        // meta read will differ, so A fails and falls back to generation 1, the snapshot it started from.
        hold.Arm();
        var slow = provider.RefreshAsync(CancellationToken.None);
        await hold.Held;
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(25, products: 3, version: "gen-2"), prune: true, CancellationToken.None);

        // Refresh B starts after generation 2 is complete. Give it time to finish while A is still stalled.
        var fresh = provider.RefreshAsync(CancellationToken.None);
        await Task.WhenAny(fresh, Task.Delay(TimeSpan.FromSeconds(5)));
        hold.Release();

        Assert.False(await slow);
        Assert.True(await fresh);
        Assert.StartsWith("gen-2+", provider.Current.Version);
        Assert.Equal(25, provider.Current.Ingredients.Count);
        Assert.False(provider.Degraded);
    }
}
