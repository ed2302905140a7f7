using Compatibility.Storage.Configuration;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Compatibility.Testing;
using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// The Functions app's services over a real Azurite (its own emulator and table prefix, the embedded seeds imported),
/// requests dispatched to the function classes by <see cref="FunctionRouter"/>. No hosted service runs, as in a worker
/// between timer ticks: <see cref="RefreshAsync"/> is the refresh.
/// </summary>
public sealed class StorageFunctionHost : IStorageHost, IAsyncLifetime
{
    private FunctionHost _host = null!;
    private FunctionRouter _router = null!;

    public string Name => "functions";

    public string Prefix { get; } = "f" + Guid.NewGuid().ToString("N")[..12];

    public AzuriteProcess Azurite { get; private set; } = null!;

    public CatalogueTables Tables { get; private set; } = null!;

    public CatalogueOptions StorageOptions { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartNewAsync();
        var options = new CatalogueOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Prefix };
        StorageOptions = options;
        Tables = CatalogueTables.Create(options);
        var pipeline = CataloguePipelines.ConfigureWrite(new ResiliencePipelineBuilder(), options).Build();
        await new CatalogueImporter(Tables, pipeline).ImportAsync(SeedData.LoadEmbedded(), prune: false, CancellationToken.None);
        _host = new FunctionHost(settings: new Dictionary<string, string?>
        {
            ["Catalogue:ConnectionString"] = Azurite.ConnectionString,
            ["Catalogue:TablePrefix"] = Prefix,
            ["Catalogue:BreakDuration"] = "00:00:01",
            ["Catalogue:SnapshotLoadTimeout"] = "00:01:00",
            ["Catalogue:NetworkTimeout"] = "00:00:15",
        });
        _router = new FunctionRouter(_host);
        await AdminRequests.AssertRefreshedAsync(this);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _router.SendAsync(request);

    public Task<bool> RefreshAsync() => _host.Services.GetRequiredService<TableCatalogueProvider>().RefreshAsync(CancellationToken.None);

    public string? LastRefreshError => _host.Services.GetRequiredService<TableCatalogueProvider>().LastRefreshError;

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await Azurite.DisposeAsync();
    }
}
