using Compatibility.Testing;

namespace Compatibility.Storage.Tests.Azurite;

/// <summary>One Azurite shared by the tests of <see cref="AzuriteCollection"/>; each test uses its own table prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public string ConnectionString => Azurite.ConnectionString;

    public async Task InitializeAsync() => Azurite = await AzuriteProcess.StartNewAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}
