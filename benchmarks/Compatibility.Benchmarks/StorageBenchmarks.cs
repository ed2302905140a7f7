using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Compatibility.Storage.Configuration;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Compatibility.Testing;
using Polly;

namespace Compatibility.Benchmarks;

/// <summary>
/// Full import of the embedded seeds into a live Azurite (fresh tables each iteration) and a full snapshot load
/// from it (all partitions, index build included). Aims: import under 20 s, load under 3 s. A few iterations only:
/// each one moves the whole catalogue.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private AzuriteProcess _azurite = null!;
    private SeedData _seed = null!;
    private CatalogueTables _loaded = null!;
    private CatalogueTables _fresh = null!;
    private ResiliencePipeline _write = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _azurite = await AzuriteProcess.StartNewAsync();
        _seed = SeedData.LoadEmbedded();
        _write = CataloguePipelines.ConfigureWrite(new ResiliencePipelineBuilder(), new CatalogueOptions { WriteTimeout = TimeSpan.FromMinutes(1) }).Build();
        _loaded = Tables("load");
        await new CatalogueImporter(_loaded, _write).ImportAsync(_seed, prune: false, CancellationToken.None);
    }

    [IterationSetup(Target = nameof(ImportFullCatalogue))]
    public void FreshTables() => _fresh = Tables("imp" + Guid.NewGuid().ToString("N")[..8]);

    [Benchmark]
    public async Task<int> ImportFullCatalogue() =>
        (await new CatalogueImporter(_fresh, _write).ImportAsync(_seed, prune: false, CancellationToken.None)).Transactions;

    [Benchmark]
    public async Task<int> LoadSnapshot() =>
        (await new TableSnapshotLoader(_loaded, TimeProvider.System).LoadAsync(null, CancellationToken.None)).Ingredients.Count;

    [GlobalCleanup]
    public async Task CleanupAsync() => await _azurite.DisposeAsync();

    private CatalogueTables Tables(string prefix) =>
        CatalogueTables.Create(new CatalogueOptions { ConnectionString = _azurite.ConnectionString, TablePrefix = "b" + prefix, NetworkTimeout = TimeSpan.FromSeconds(30) });
}
