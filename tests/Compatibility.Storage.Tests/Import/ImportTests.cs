using Compatibility.Core.Admin;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Import;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Import;

[Collection(AzuriteCollection.Name)]
public sealed class ImportTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Full_catalogue_imports_and_a_second_import_changes_nothing()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        var seed = TestSeeds.FullCatalogue();

        var first = await storage.Importer.ImportAsync(seed, prune: false, CancellationToken.None);
        Assert.Equal(seed.Catalogue.Ingredients.Count, first.For("ingredients").Added);
        Assert.Equal(seed.Products.Count, first.For("products").Added);
        Assert.Equal(seed.Protocols.Count, first.For("protocols").Added);

        var second = await storage.Importer.ImportAsync(seed, prune: false, CancellationToken.None);
        Assert.False(second.HasChanges);
        Assert.Equal(0, second.Transactions);
        Assert.Equal(seed.Catalogue.Ingredients.Count, second.For("ingredients").Unchanged);

        var snapshot = await storage.Loader.LoadAsync(null, CancellationToken.None);
        Assert.Equal(seed.Catalogue.Ingredients.Count, snapshot.Ingredients.Count);
        Assert.StartsWith(seed.Catalogue.Version + "+", snapshot.Version);
        var sample = seed.Catalogue.Ingredients[seed.Catalogue.Ingredients.Count / 2];
        Assert.Equal(sample.InciName, snapshot.Ingredients.FindById(sample.Id)!.InciName);
        Assert.Equal(sample.Synonyms, snapshot.Ingredients.FindById(sample.Id)!.Synonyms);
        Assert.All(seed.Products, p => Assert.Equal(p, snapshot.FindProduct(p.Sku)));
    }

    [Fact]
    public async Task Changed_rows_are_updated_and_only_they_are_counted()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(300, products: 20, protocols: 3), prune: false, CancellationToken.None);

        var changed = TestSeeds.Synthetic(300, products: 20, protocols: 3);
        var ingredients = changed.Catalogue.Ingredients.ToList();
        ingredients[10] = ingredients[10] with { InciName = "RENAMED" };
        ingredients.Add(TestSeeds.Ingredient(301));
        var products = changed.Products.ToList();
        products[0] = products[0] with { Category = "toner" };
        changed = changed with { Catalogue = changed.Catalogue with { Ingredients = ingredients }, Products = products };

        var report = await storage.Importer.ImportAsync(changed, prune: false, CancellationToken.None);

        Assert.Equal(new ImportCounts("ingredients", 1, 1, 299, 0), report.For("ingredients"));
        Assert.Equal(new ImportCounts("products", 0, 1, 19, 0), report.For("products"));
        Assert.Equal(new ImportCounts("protocols", 0, 0, 3, 0), report.For("protocols"));
    }

    [Fact]
    public async Task Prune_deletes_rows_the_seeds_no_longer_have_and_keeps_them_otherwise()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(50, products: 10), prune: false, CancellationToken.None);
        var smaller = TestSeeds.Synthetic(40, products: 10);

        var kept = await storage.Importer.ImportAsync(smaller, prune: false, CancellationToken.None);
        Assert.Equal(0, kept.For("ingredients").Deleted);

        var pruned = await storage.Importer.ImportAsync(smaller, prune: true, CancellationToken.None);
        Assert.Equal(10, pruned.For("ingredients").Deleted);
        Assert.Equal(40, (await storage.Loader.LoadAsync(null, CancellationToken.None)).Ingredients.Count);
    }

    [Fact]
    public async Task More_than_1000_rows_in_one_partition_are_written_in_batches_of_100_and_read_across_pages()
    {
        // Protocols share one partition: 1,234 rows need at least 13 transactions (more, since ~60 KB protocol rows also
        // hit the transaction size cap) and two 1000-row query pages.
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        var seed = TestSeeds.Synthetic(0, protocols: 1_234);

        var report = await storage.Importer.ImportAsync(seed, prune: false, CancellationToken.None);

        Assert.Equal(1_234, report.For("protocols").Added);
        Assert.InRange(report.Transactions, 13, 1_234 / 40);
        var snapshot = await storage.Loader.LoadAsync(null, CancellationToken.None);
        Assert.Equal(1_234, snapshot.Protocols.Count);
        Assert.Equal(seed.Protocols[1_233], snapshot.FindProtocol(seed.Protocols[1_233].Id));
    }

    [Fact]
    public async Task A_logical_batch_of_101_items_in_one_partition_becomes_two_transactions()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);

        var report = await storage.Importer.ImportAsync(TestSeeds.Synthetic(0, protocols: 101), prune: false, CancellationToken.None);

        Assert.Equal(101, report.For("protocols").Added);
        Assert.InRange(report.Transactions, 2, 3); // 100 entities at most, and the size cap
        Assert.Equal(101, (await storage.Loader.LoadAsync(null, CancellationToken.None)).Protocols.Count);
    }

    [Fact]
    public async Task A_row_changed_by_someone_else_during_the_import_is_compared_again_not_reported_as_a_failure()
    {
        var hold = HoldFirstRequestPolicy.Transaction();
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [hold]);
        var seed = TestSeeds.Synthetic(0, protocols: 5);
        await storage.Importer.ImportAsync(seed, prune: false, CancellationToken.None);

        // Change the seed for every row; the import reads the protocols' partition, compares, and is held just before
        // it writes its transaction. Only then does an admin change one of the rows it compared against.
        var newer = seed with { Protocols = seed.Protocols.Select(p => TestSeeds.Protocol(int.Parse(p.Id[^4..]), "2")).ToList() };
        hold.Arm();
        var import = storage.Importer.ImportAsync(newer, prune: false, CancellationToken.None);
        await hold.Held.WaitAsync(TimeSpan.FromSeconds(60));
        var admin = await storage.Admin.GetProtocolAsync(seed.Protocols[0].Id, CancellationToken.None);
        var write = await storage.Admin.PutProtocolAsync(TestSeeds.Protocol(1, "admin"), admin.ETag, CancellationToken.None);
        Assert.Equal(AdminOutcome.Updated, write.Outcome);
        hold.Release();

        // The held transaction carries the ETags the import compared against, so it fails (412) and the partition is
        // read and compared again: the admin's row is updated too, and the report counts what the first pass found.
        var report = await import;

        Assert.Equal(5, report.For("protocols").Updated);
        var snapshot = await storage.Loader.LoadAsync(null, CancellationToken.None);
        Assert.All(newer.Protocols, p => Assert.Equal("2", snapshot.FindProtocol(p.Id)!.Version));
    }
}
