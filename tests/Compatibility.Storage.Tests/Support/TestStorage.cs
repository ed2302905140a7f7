using Azure.Core.Pipeline;
using Compatibility.Core.Catalogue;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Configuration;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Polly;

namespace Compatibility.Storage.Tests.Support;

/// <summary>The storage parts wired the way <c>AddCatalogue</c> wires them, over tables with a prefix of their own.</summary>
internal sealed class TestStorage
{
    private TestStorage(CatalogueOptions options, CatalogueTables tables, TimeProvider time)
    {
        Options = options;
        Tables = tables;
        Time = time;
        Write = CataloguePipelines.ConfigureWrite(new ResiliencePipelineBuilder { TimeProvider = time }, options).Build();
        Importer = new CatalogueImporter(tables, Write, options.ImportParallelism);
        Loader = new TableSnapshotLoader(tables, time);
        Admin = new CatalogueAdminStore(tables, Write);
    }

    public CatalogueOptions Options { get; }

    public CatalogueTables Tables { get; }

    public TimeProvider Time { get; }

    public ResiliencePipeline Write { get; }

    public CatalogueImporter Importer { get; }

    public TableSnapshotLoader Loader { get; }

    public CatalogueAdminStore Admin { get; }

    public static async Task<TestStorage> CreateAsync(
        string connectionString,
        Action<CatalogueOptions>? configure = null,
        IEnumerable<HttpPipelinePolicy>? policies = null,
        TimeProvider? time = null)
    {
        var options = new CatalogueOptions
        {
            ConnectionString = connectionString,
            TablePrefix = "t" + Guid.NewGuid().ToString("N")[..12],
            SdkRetryDelay = TimeSpan.FromMilliseconds(50),
            SnapshotLoadTimeout = TimeSpan.FromSeconds(60),
            WriteTimeout = TimeSpan.FromSeconds(30),
            NetworkTimeout = TimeSpan.FromSeconds(20),
        };
        configure?.Invoke(options);
        var tables = CatalogueTables.Create(options, policies);
        await tables.CreateIfNotExistsAsync(CancellationToken.None);
        return new TestStorage(options, tables, time ?? TimeProvider.System);
    }

    /// <summary>
    /// Tables as a deployment has them before its first admin write: an import (of no rows) has completed, so the
    /// meta row says <c>complete</c> and a snapshot load accepts the tables.
    /// </summary>
    public static async Task<TestStorage> ImportedAsync(string connectionString)
    {
        var storage = await CreateAsync(connectionString);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(0), prune: false, CancellationToken.None);
        return storage;
    }

    public ResiliencePipeline<SnapshotLoadOutcome> SnapshotPipeline() =>
        CataloguePipelines.ConfigureSnapshotRead(new ResiliencePipelineBuilder<SnapshotLoadOutcome> { TimeProvider = Time }, Options).Build();

    public TableCatalogueProvider Provider(Func<DateTimeOffset, CatalogueSnapshot>? fallback = null) =>
        new(Loader, SnapshotPipeline(), Time, Microsoft.Extensions.Logging.Abstractions.NullLogger<TableCatalogueProvider>.Instance, fallback);

    /// <summary>A small stand-in for the embedded catalogue, marked the way the provider marks its fallback.</summary>
    public static CatalogueSnapshot FallbackSnapshot(DateTimeOffset now) =>
        new(CatalogueIndex.Create(new CatalogueData("embedded-test", [TestSeeds.Ingredient(99_999)])), CatalogueSnapshot.EmbeddedFallbackSource, now);
}
