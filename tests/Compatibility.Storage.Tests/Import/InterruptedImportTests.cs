using Compatibility.Core.Catalogue;
using Compatibility.Storage.Import;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;
using Compatibility.Testing;

namespace Compatibility.Storage.Tests.Import;

/// <summary>
/// Issue 11: a re-import killed at any point is never served. The refresh keeps the last good snapshot (degraded),
/// a cold start serves the embedded fallback, and the next complete import is served whole. Real Azurite.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InterruptedImportTests(AzuriteFixture azurite)
{
    private static readonly SeedData First = TestSeeds.Synthetic(400, products: 30, protocols: 2, version: "gen-1");

    // Every ingredient and product renamed, some removed (prune), a protocol version bumped: a re-import that
    // touches every partition, so a half-written one is a mix of both generations.
    private static readonly SeedData Second = First with
    {
        Catalogue = new CatalogueData("gen-2", First.Catalogue.Ingredients.Take(350).Select(i => i with { InciName = i.InciName + " GEN2" }).ToList()),
        Products = First.Products.Select(p => p with { Name = p.Name + " gen2" }).ToList(),
        Protocols = [First.Protocols[0], TestSeeds.Protocol(2, version: "2")],
    };

    [Fact]
    public async Task A_re_import_killed_at_any_point_is_never_served_and_the_next_complete_one_is()
    {
        // A dry run over tables of its own counts the writes of this re-import.
        var counter = new KillAfterWritesPolicy();
        var dry = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [counter]);
        await dry.Importer.ImportAsync(First, prune: true, CancellationToken.None);
        counter.Reset();
        await dry.Importer.ImportAsync(Second, prune: true, CancellationToken.None);
        var total = counter.Writes;
        Assert.True(total >= 6, $"expected a multi-batch re-import, got {total} writes");

        // Killed before anything, right after marking "running", after the first batch, half-way, and with every
        // row written but the completion mark.
        foreach (var allowed in new[] { 0, 1, 2, total / 2, total - 1 })
        {
            await KilledAfterAsync(allowed);
        }
    }

    [Fact]
    public async Task A_first_import_killed_half_way_is_not_served_at_a_cold_start()
    {
        var killer = new KillAfterWritesPolicy();
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [killer]);
        killer.Arm(3);
        await Assert.ThrowsAnyAsync<Exception>(() => storage.Importer.ImportAsync(First, prune: true, CancellationToken.None));

        var provider = storage.Provider(TestStorage.FallbackSnapshot);
        Assert.False(await provider.RefreshAsync(CancellationToken.None));
        Assert.Equal(CatalogueSnapshot.EmbeddedFallbackSource, provider.Current.Source);
        Assert.True(provider.Degraded);
    }

    private async Task KilledAfterAsync(int allowed)
    {
        var killer = new KillAfterWritesPolicy();
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [killer]);
        await storage.Importer.ImportAsync(First, prune: true, CancellationToken.None);
        var provider = storage.Provider(TestStorage.FallbackSnapshot);
        Assert.True(await provider.RefreshAsync(CancellationToken.None));
        var good = provider.Current;
        Assert.StartsWith("gen-1+", good.Version);

        killer.Arm(allowed);
        await Assert.ThrowsAnyAsync<Exception>(() => storage.Importer.ImportAsync(Second, prune: true, CancellationToken.None));
        killer.Reset();

        if (allowed == 0)
        {
            // Killed before its first write: the tables still hold the first generation, which may be served.
            Assert.True(await provider.RefreshAsync(CancellationToken.None));
            Assert.Equal(good.Version, provider.Current.Version);
        }
        else
        {
            // A running refresh keeps the last good snapshot, whole: no renamed ingredient, all 400 of them.
            Assert.False(await provider.RefreshAsync(CancellationToken.None), $"killed after {allowed} writes: the refresh accepted a half-written import");
            Assert.Same(good, provider.Current);
            Assert.True(provider.Degraded);

            // A process starting now does not serve the tables either.
            var cold = storage.Provider(TestStorage.FallbackSnapshot);
            Assert.False(await cold.RefreshAsync(CancellationToken.None));
            Assert.Equal(CatalogueSnapshot.EmbeddedFallbackSource, cold.Current.Source);
        }

        Assert.Equal(400, provider.Current.Ingredients.Count);
        Assert.DoesNotContain(provider.Current.Ingredients.Ingredients, i => i.InciName.EndsWith(" GEN2", StringComparison.Ordinal));

        // Running the import again completes the generation, and it is served whole.
        await storage.Importer.ImportAsync(Second, prune: true, CancellationToken.None);
        Assert.True(await provider.RefreshAsync(CancellationToken.None));
        Assert.False(provider.Degraded);
        Assert.StartsWith("gen-2+", provider.Current.Version);
        Assert.Equal(350, provider.Current.Ingredients.Count);
        Assert.All(provider.Current.Ingredients.Ingredients, i => Assert.EndsWith(" GEN2", i.InciName));
        Assert.All(provider.Current.Products, p => Assert.EndsWith(" gen2", p.Name));
        Assert.Equal("2", provider.Current.FindProtocol("protocol-0002")!.Version);
    }
}
