using Compatibility.Storage.Configuration;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Tables;
using Compatibility.Storage.Tests.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Polly;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// The DevServer over a real Azurite: its own emulator and table prefix, the embedded seeds imported first,
/// a short refresh interval and breaker, and the admin key set. <see cref="KestrelStorageDevServer"/> serves it over
/// real Kestrel sockets, for what the in-memory server does not model (the raw request target, server headers).
/// </summary>
public class StorageDevServer : IAsyncLifetime
{
    private readonly bool _kestrel;

    public StorageDevServer()
        : this(kestrel: false)
    {
    }

    protected StorageDevServer(bool kestrel) => _kestrel = kestrel;

    public const string FunctionKey = "storage-test-key";

    public string Prefix { get; } = "a" + Guid.NewGuid().ToString("N")[..12];

    public AzuriteProcess Azurite { get; private set; } = null!;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Azurite = await AzuriteProcess.StartNewAsync();
        var options = new CatalogueOptions { ConnectionString = Azurite.ConnectionString, TablePrefix = Prefix };
        var tables = CatalogueTables.Create(options);
        var pipeline = CataloguePipelines.ConfigureWrite(new ResiliencePipelineBuilder(), options).Build();
        await new CatalogueImporter(tables, pipeline).ImportAsync(SeedData.LoadEmbedded(), prune: false, CancellationToken.None);

        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Admin:FunctionKey", FunctionKey);
            builder.UseSetting("Catalogue:ConnectionString", Azurite.ConnectionString);
            builder.UseSetting("Catalogue:TablePrefix", Prefix);
            builder.UseSetting("Catalogue:RefreshInterval", "00:00:01");
            builder.UseSetting("Catalogue:BreakDuration", "00:00:01");
            builder.UseSetting("Catalogue:NetworkTimeout", "00:00:02");
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

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
