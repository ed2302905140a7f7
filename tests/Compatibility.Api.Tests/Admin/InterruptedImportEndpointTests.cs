using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Tables;
using Compatibility.Testing;
using Polly;
using static Compatibility.Api.Tests.Infrastructure.AdminRequests;

namespace Compatibility.Api.Tests.Admin;

/// <summary>
/// Issue 11, imports in generations, seen from a running host: a re-import over the live catalogue is killed (its process
/// dies: writes stop) after its running mark, after its first batch, half-way, and with everything written but the
/// completion mark. Each time the refresh keeps the catalogue the host was serving, health says <c>degraded</c>, and the
/// same import run to its end is served whole. Both hosts, real Azurite, alternating between two generations.
/// </summary>
[Collection(BothStorageHostsCollection.Name)]
public sealed class InterruptedImportEndpointTests(BothStorageHosts hosts)
{
    private static readonly SeedData Original = SeedData.LoadEmbedded();

    // Every product renamed: a re-import that rewrites the products table across its partitions.
    private static readonly SeedData Renamed = Original with { Products = Original.Products.Select(p => p with { Name = p.Name + " (gen 2)" }).ToList() };

    public static TheoryData<string> Hosts => new() { BothStorageHosts.DevServer, BothStorageHosts.Functions };

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_re_import_killed_at_any_point_is_never_served_and_the_next_complete_one_is(string name)
    {
        var host = hosts[name];
        var seeded = Original.Products.Single(p => p.Sku == SeededSku);

        // Count the writes of one generation switch (running mark, product batches, completion mark), then switch back.
        var counter = new KillAfterWritesPolicy();
        var importer = Importer(host, counter);
        await importer.ImportAsync(Renamed, prune: false, CancellationToken.None);
        var total = counter.Writes;
        await importer.ImportAsync(Original, prune: false, CancellationToken.None);
        Assert.True(total >= 4, $"expected a multi-batch re-import, got {total} writes");
        await AssertRefreshedAsync(host);
        Assert.Equal(seeded.Name, await ServedNameAsync(host));

        var (serving, next) = (Original, Renamed);
        foreach (var allowed in new[] { 1, 2, total / 2, total - 1 })
        {
            var killer = new KillAfterWritesPolicy();
            killer.Arm(allowed);
            await Assert.ThrowsAnyAsync<Exception>(() => Importer(host, killer).ImportAsync(next, prune: false, CancellationToken.None));

            Assert.False(await host.RefreshAsync(), $"{name}: killed after {allowed} of {total} writes, the refresh accepted a half-written import");
            Assert.Equal(Name(serving), await ServedNameAsync(host));
            await AssertPublicRoutesAnswerAsync(host, protocol: null);
            Assert.Equal("degraded", await HealthStatusAsync(host));

            await Importer(host, new KillAfterWritesPolicy()).ImportAsync(next, prune: false, CancellationToken.None);
            await AssertRefreshedAsync(host);
            Assert.Equal(Name(next), await ServedNameAsync(host));
            Assert.Equal("healthy", await HealthStatusAsync(host));
            (serving, next) = (next, serving);
        }

        if (serving != Original)
        {
            await Importer(host, new KillAfterWritesPolicy()).ImportAsync(Original, prune: false, CancellationToken.None);
            await AssertRefreshedAsync(host);
        }
    }

    private static string Name(SeedData seed) => seed.Products.Single(p => p.Sku == SeededSku).Name;

    private static CatalogueImporter Importer(IStorageHost host, KillAfterWritesPolicy policy)
    {
        var tables = CatalogueTables.Create(host.StorageOptions, [policy]);
        return new CatalogueImporter(tables, CataloguePipelines.ConfigureWrite(new ResiliencePipelineBuilder(), host.StorageOptions).Build());
    }

    /// <summary>The seeded product's name as <c>/check</c> answers it: what the served snapshot holds.</summary>
    private static async Task<string?> ServedNameAsync(IStorageHost host)
    {
        var (_, check) = PublicRoutes(protocol: null).First();
        using var response = await host.SendAsync(check);
        return (await HttpAssert.JsonAsync(response)).GetProperty("products")[0].GetProperty("name").GetString();
    }
}
