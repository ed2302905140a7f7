using Azure.Data.Tables;
using Compatibility.Storage.Tables;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;
using Compatibility.Testing;

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
        var killer = new KillAfterWritesPolicy();
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [killer]);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(20, protocols: 1), prune: false, CancellationToken.None);
        var good = await storage.Loader.LoadAsync(null, CancellationToken.None);
        Assert.Equal(20, good.Ingredients.Count);

        // A re-import of 40 ingredients that dies after marking the tables "running" and writing its first transaction:
        // some of the new rows are in the tables, the completion mark is not.
        killer.Arm(2);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            storage.Importer.ImportAsync(TestSeeds.Synthetic(40, protocols: 1, version: "test-2"), prune: false, CancellationToken.None));
        killer.Reset();
        Assert.True(await CountIngredientRowsAsync(storage) > 20, "the interrupted import should have written some of its rows");

        await Assert.ThrowsAsync<InvalidDataException>(() => storage.Loader.LoadAsync(good, CancellationToken.None));
    }

    [Fact]
    public async Task Empty_tables_are_not_a_catalogue()
    {
        // The tables exist (as after a storage restart and the app's CreateIfNotExists) and hold nothing, not even the
        // meta row an import leaves.
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);

        await Assert.ThrowsAsync<InvalidDataException>(() => storage.Loader.LoadAsync(null, CancellationToken.None));
    }

    private static async Task<int> CountIngredientRowsAsync(TestStorage storage)
    {
        var rows = 0;
        await foreach (var _ in storage.Tables.Ingredients.QueryAsync<TableEntity>($"PartitionKey ne '{CatalogueTables.MetaPartitionKey}'"))
        {
            rows++;
        }

        return rows;
    }
}
