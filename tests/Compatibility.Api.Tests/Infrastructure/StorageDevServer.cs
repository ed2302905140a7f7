using Compatibility.Storage.Configuration;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Compatibility.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// The DevServer over a real Azurite: its own emulator and table prefix, the embedded seeds imported first,
/// a short refresh interval and breaker, and the admin key set. <see cref="KestrelStorageDevServer"/> serves it over
/// real Kestrel sockets, for what the in-memory server does not model (the raw request target, server headers).
/// </summary>
public class StorageDevServer : IStorageHost, IAsyncLifetime
{
    private readonly bool _kestrel;

    public StorageDevServer()
        : this(kestrel: false)
    {
    }

    protected StorageDevServer(bool kestrel) => _kestrel = kestrel;

    public const string FunctionKey = "storage-test-key";

    /// <summary>The SDK's per-try timeout: short by default for the outage tests; tests that only need answers set more.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public string Prefix { get; } = "a" + Guid.NewGuid().ToString("N")[..12];

    public AzuriteProcess Azurite { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public string Name => _kestrel ? "devserver-kestrel" : "devserver";

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

        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Admin:FunctionKey", FunctionKey);
            builder.UseSetting("Catalogue:ConnectionString", Azurite.ConnectionString);
            builder.UseSetting("Catalogue:TablePrefix", Prefix);
            builder.UseSetting("Catalogue:RefreshInterval", "00:00:01");
            builder.UseSetting("Catalogue:BreakDuration", "00:00:01");
            builder.UseSetting("Catalogue:NetworkTimeout", NetworkTimeout.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
            if (NetworkTimeout > TimeSpan.FromSeconds(2))
            {
                builder.UseSetting("Catalogue:SnapshotLoadTimeout", "00:01:00");
            }

            if (_kestrel)
            {
                builder.UseSetting("urls", "http://127.0.0.1:0");
            }
        });
        if (_kestrel)
        {
            Factory.UseKestrel(0);
            Factory.StartServer();
        }
    }

    public HttpClient AdminClient()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", FunctionKey);
        return client;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        using var client = AdminClient();
        return await client.SendAsync(request);
    }

    public Task<bool> RefreshAsync() => Factory.Services.GetRequiredService<TableCatalogueProvider>().RefreshAsync(CancellationToken.None);

    public string? LastRefreshError => Factory.Services.GetRequiredService<TableCatalogueProvider>().LastRefreshError;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
