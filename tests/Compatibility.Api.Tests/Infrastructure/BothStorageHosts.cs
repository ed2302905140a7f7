namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>The DevServer and the Functions app, each over its own Azurite with the seeds imported, for tests run on both.</summary>
public sealed class BothStorageHosts : IAsyncLifetime
{
    public const string DevServer = "devserver";
    public const string Functions = "functions";

    private readonly StorageDevServer _devServer = new() { NetworkTimeout = TimeSpan.FromSeconds(15) };
    private readonly StorageFunctionHost _functions = new();

    public IStorageHost this[string name] => name switch
    {
        DevServer => _devServer,
        Functions => _functions,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "devserver or functions"),
    };

    public Task InitializeAsync() => Task.WhenAll(_devServer.InitializeAsync(), _functions.InitializeAsync());

    public async Task DisposeAsync()
    {
        await _devServer.DisposeAsync();
        await _functions.DisposeAsync();
    }
}
