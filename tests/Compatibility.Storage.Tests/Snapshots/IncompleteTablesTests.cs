using Compatibility.Storage.Tables;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Snapshots;

/// <summary>
/// Storage that restarted empty, or an import cut short, must not replace a good snapshot: found by the soak run,
/// where in-memory Azurite came back empty and the refresh served a catalogue with no ingredients.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class IncompleteTablesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Refresh_refuses_tables_whose_import_did_not_finish()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(20, protocols: 1), prune: false, CancellationToken.None);
        var good = await storage.Loader.LoadAsync(null, CancellationToken.None);
        Assert.Equal(20, good.Ingredients.Count);

        await storage.Tables.Ingredients.DeleteEntityAsync(CatalogueTables.MetaPartitionKey, CatalogueTables.MetaRowKey);

        await Assert.ThrowsAsync<InvalidDataException>(() => storage.Loader.LoadAsync(good, CancellationToken.None));
    }

    [Fact]
    public async Task Empty_tables_are_not_a_catalogue()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(0, protocols: 1), prune: false, CancellationToken.None);
        await storage.Tables.Ingredients.DeleteEntityAsync(CatalogueTables.MetaPartitionKey, CatalogueTables.MetaRowKey);

        await Assert.ThrowsAsync<InvalidDataException>(() => storage.Loader.LoadAsync(null, CancellationToken.None));
    }
}
