using Azure.Core;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Tables;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class AdminStoreTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Etags_go_out_and_if_match_comes_in_with_412_on_stale_and_428_without()
    {
        var store = (await TestStorage.CreateAsync(azurite.ConnectionString)).Admin;
        var ingredient = TestSeeds.Ingredient(1);

        var created = await store.PutIngredientAsync(ingredient, ifMatch: null, None);
        Assert.Equal(AdminOutcome.Created, created.Outcome);
        Assert.False(string.IsNullOrEmpty(created.ETag));

        var read = await store.GetIngredientAsync(ingredient.Id, None);
        Assert.Equal(AdminOutcome.Found, read.Outcome);
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(ingredient.Synonyms, read.Value!.Synonyms);

        Assert.Equal(AdminOutcome.PreconditionRequired, (await store.PutIngredientAsync(ingredient with { InciName = "X" }, null, None)).Outcome);

        var updated = await store.PutIngredientAsync(ingredient with { InciName = "UPDATED" }, created.ETag, None);
        Assert.Equal(AdminOutcome.Updated, updated.Outcome);
        Assert.NotEqual(created.ETag, updated.ETag);

        var stale = await store.PutIngredientAsync(ingredient with { InciName = "STALE" }, created.ETag, None);
        Assert.Equal(AdminOutcome.PreconditionFailed, stale.Outcome);
        Assert.Equal(updated.ETag, stale.CurrentETag);
        Assert.Equal("UPDATED", (await store.GetIngredientAsync(ingredient.Id, None)).Value!.InciName);

        Assert.Equal(AdminOutcome.PreconditionRequired, (await store.DeleteIngredientAsync(ingredient.Id, null, None)).Outcome);
        Assert.Equal(AdminOutcome.PreconditionFailed, (await store.DeleteIngredientAsync(ingredient.Id, created.ETag, None)).Outcome);
        Assert.Equal(AdminOutcome.Deleted, (await store.DeleteIngredientAsync(ingredient.Id, updated.ETag, None)).Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetIngredientAsync(ingredient.Id, None)).Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.PutIngredientAsync(ingredient, updated.ETag, None)).Outcome);
    }

    [Fact]
    public async Task Invalid_items_are_refused_with_errors_by_json_path_and_nothing_is_written()
    {
        var store = (await TestStorage.CreateAsync(azurite.ConnectionString)).Admin;

        var ingredient = await store.PutIngredientAsync(new Ingredient("bad-1", " ", ["ok", ""], ["retinoid", "not-a-class"], []), null, None);
        var product = await store.PutProductAsync(new Product("SKU-1", "Name", null, "perfume", ""), null, None);
        var protocol = await store.PutProtocolAsync(new ProtocolDocument("p-1", "1", """{"id":"other"}"""), null, None);

        Assert.Equal(AdminOutcome.Invalid, ingredient.Outcome);
        Assert.Equal(["inciName", "synonyms[1]", "classes[1]"], ingredient.Errors!.Keys);
        Assert.Equal(AdminOutcome.Invalid, product.Outcome);
        Assert.Equal(["category", "inci"], product.Errors!.Keys);
        Assert.Equal(AdminOutcome.Invalid, protocol.Outcome);
        Assert.Equal(["id"], protocol.Errors!.Keys);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetIngredientAsync("bad-1", None)).Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetProductAsync("SKU-1", None)).Outcome);
    }

    [Fact]
    public async Task Ids_with_characters_azure_forbids_in_keys_are_stored_and_found()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        var ingredient = new Ingredient("caprylic/capric #1? a\\b 'x' 50% ~ ×", "CAPRYLIC/CAPRIC TRIGLYCERIDE", ["Caprylic/Capric Triglyceride"], [], []);
        var product = new Product("SHOP/SKU#42?", "Serum", "Brand", "serum", "Aqua, Glycerin");

        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutIngredientAsync(ingredient, null, None)).Outcome);
        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutProductAsync(product, null, None)).Outcome);

        Assert.Equal(ingredient.InciName, (await storage.Admin.GetIngredientAsync(ingredient.Id, None)).Value!.InciName);
        Assert.Equal(product, (await storage.Admin.GetProductAsync(product.Sku, None)).Value);
        var snapshot = await storage.Loader.LoadAsync(null, None);
        Assert.Equal(ingredient.InciName, snapshot.Ingredients.FindById(ingredient.Id)!.InciName);
        Assert.Equal(product, snapshot.FindProduct(product.Sku));
    }

    [Fact]
    public async Task Values_at_the_length_limits_round_trip_and_one_more_character_is_refused()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        var longestKey = new string('€', 56) + "abcdefgh"; // encodes to exactly 512 characters (1 KiB as UTF-16), Azure's key limit
        var longest = new Ingredient(longestKey, new string('N', CatalogueValidation.MaxNameLength),
            Enumerable.Range(0, CatalogueValidation.MaxListItems).Select(i => new string('s', CatalogueValidation.MaxListItemLength - 3) + i.ToString("D3")).ToList(), [], []);
        var product = new Product("LONG-INCI", "Long label", null, null, new string('i', CatalogueValidation.MaxInciLength));
        var bigProtocolJson = $$"""{"id":"big","version":"1","notes":"{{new string('n', 100_000)}}"}""";
        var protocol = new ProtocolDocument("big", "1", bigProtocolJson);

        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutIngredientAsync(longest, null, None)).Outcome);
        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutProductAsync(product, null, None)).Outcome);
        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutProtocolAsync(protocol, null, None)).Outcome);

        var snapshot = await storage.Loader.LoadAsync(null, None);
        Assert.Equal(longest.InciName, snapshot.Ingredients.FindById(longestKey)!.InciName);
        Assert.Equal(longest.Synonyms, snapshot.Ingredients.FindById(longestKey)!.Synonyms);
        Assert.Equal(product.Inci, snapshot.FindProduct("LONG-INCI")!.Inci);
        Assert.Equal(bigProtocolJson, snapshot.FindProtocol("big")!.Json);

        Assert.Equal(["id"], (await storage.Admin.PutIngredientAsync(longest with { Id = longestKey + "h" }, null, None)).Errors!.Keys);
        Assert.Equal(["inciName"], (await storage.Admin.PutIngredientAsync(TestSeeds.Ingredient(2) with { InciName = longest.InciName + "N" }, null, None)).Errors!.Keys);
        Assert.Equal(["inci"], (await storage.Admin.PutProductAsync(product with { Sku = "LONGER", Inci = product.Inci + "i" }, null, None)).Errors!.Keys);
        Assert.Equal(["$"], (await storage.Admin.PutProtocolAsync(new ProtocolDocument("huge", "1", new string(' ', ProtocolMapper.MaxJsonLength + 1)), null, None)).Errors!.Keys);
    }

    [Fact]
    public async Task A_create_whose_response_was_lost_and_retried_into_409_is_reported_created()
    {
        var lose = new LoseFirstResponsePolicy(RequestMethod.Post);
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [lose]);
        var product = TestSeeds.Product(7);

        var result = await storage.Admin.PutProductAsync(product, null, None);

        Assert.Equal(1, lose.Lost);
        Assert.Equal(AdminOutcome.Created, result.Outcome);
        var stored = await storage.Admin.GetProductAsync(product.Sku, None);
        Assert.Equal(product, stored.Value);
        Assert.Equal(stored.ETag, result.ETag);
    }

    [Fact]
    public async Task An_update_whose_response_was_lost_and_retried_into_412_is_reported_updated()
    {
        var lose = new LoseFirstResponsePolicy(RequestMethod.Put);
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [lose]);
        var product = TestSeeds.Product(8);
        var created = await storage.Admin.PutProductAsync(product, null, None);

        var result = await storage.Admin.PutProductAsync(product with { Name = "Renamed" }, created.ETag, None);

        Assert.Equal(1, lose.Lost);
        Assert.Equal(AdminOutcome.Updated, result.Outcome);
        Assert.Equal("Renamed", (await storage.Admin.GetProductAsync(product.Sku, None)).Value!.Name);
    }

    [Fact]
    public async Task Without_storage_configured_every_admin_call_is_unavailable()
    {
        var store = new UnconfiguredAdminStore();

        Assert.False(store.IsConfigured);
        Assert.Equal(AdminOutcome.Unavailable, (await store.PutProductAsync(TestSeeds.Product(1), null, None)).Outcome);
        Assert.Equal(AdminOutcome.Unavailable, (await store.GetIngredientAsync("x", None)).Outcome);
    }
}
