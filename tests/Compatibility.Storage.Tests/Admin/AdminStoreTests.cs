using Azure.Core;
using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Products;
using Compatibility.Core.Protocols;
using Compatibility.Core.Validation;
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
        // Equal content is still a conflict on a first try: only a retried write is compared and forgiven.
        Assert.Equal(AdminOutcome.PreconditionRequired, (await store.PutIngredientAsync(ingredient, null, None)).Outcome);

        var updated = await store.PutIngredientAsync(ingredient with { InciName = "UPDATED" }, created.ETag, None);
        Assert.Equal(AdminOutcome.Updated, updated.Outcome);
        Assert.NotEqual(created.ETag, updated.ETag);

        Assert.Equal(AdminOutcome.PreconditionFailed, (await store.PutIngredientAsync(ingredient with { InciName = "UPDATED" }, created.ETag, None)).Outcome);
        var stale = await store.PutIngredientAsync(ingredient with { InciName = "STALE" }, created.ETag, None);
        Assert.Equal(AdminOutcome.PreconditionFailed, stale.Outcome);
        Assert.Equal(updated.ETag, stale.CurrentETag);
        Assert.Equal("UPDATED", (await store.GetIngredientAsync(ingredient.Id, None)).Value!.InciName);

        Assert.Equal(AdminOutcome.PreconditionRequired, (await store.DeleteIngredientAsync(ingredient.Id, null, None)).Outcome);
        Assert.Equal(AdminOutcome.PreconditionFailed, (await store.DeleteIngredientAsync(ingredient.Id, created.ETag, None)).Outcome);
        Assert.Equal(AdminOutcome.Deleted, (await store.DeleteIngredientAsync(ingredient.Id, updated.ETag, None)).Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetIngredientAsync(ingredient.Id, None)).Outcome);
        // RFC 9110 §13.1.1: If-Match (a tag or *) is false when nothing is stored, so the conditional PUT is a 412, not a create.
        Assert.Equal(AdminOutcome.PreconditionFailed, (await store.PutIngredientAsync(ingredient, updated.ETag, None)).Outcome);
        Assert.Equal(AdminOutcome.PreconditionFailed, (await store.PutIngredientAsync(ingredient, "*", None)).Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetIngredientAsync(ingredient.Id, None)).Outcome);
    }

    [Fact]
    public async Task Invalid_items_are_refused_with_errors_by_json_path_and_nothing_is_written()
    {
        var store = (await TestStorage.CreateAsync(azurite.ConnectionString)).Admin;

        var ingredient = await store.PutIngredientAsync(new Ingredient("bad-1", " ", ["ok", ""], ["retinoid", "not-a-class"], []), null, None);
        var product = await store.PutProductAsync(new Product("SKU-1", "Name", null, "perfume", ""), null, None);
        var protocol = await store.PutProtocolAsync(TestSeeds.ProtocolFrom(TestSeeds.StandardJson.Value, "other", "1") with { Id = "p-1" }, null, None);
        var broken = await store.PutProtocolAsync(new ProtocolDocument("p-2", "1", """{"id":"p-2","version":"1"}"""), null, None);

        Assert.Equal(AdminOutcome.Invalid, ingredient.Outcome);
        Assert.Equal(["inciName", "synonyms[1]", "classes[1]"], ingredient.Errors!.Keys);
        Assert.Equal(AdminOutcome.Invalid, product.Outcome);
        Assert.Equal(["category", "inci"], product.Errors!.Keys);
        Assert.Equal(AdminOutcome.Invalid, protocol.Outcome);
        Assert.Equal(["id"], protocol.Errors!.Keys);
        Assert.Equal(AdminOutcome.Invalid, broken.Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetProtocolAsync("p-2", None)).Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetIngredientAsync("bad-1", None)).Outcome);
        Assert.Equal(AdminOutcome.NotFound, (await store.GetProductAsync("SKU-1", None)).Outcome);
    }

    [Fact]
    public async Task Ids_with_characters_azure_forbids_in_keys_are_stored_and_found()
    {
        var storage = await TestStorage.ImportedAsync(azurite.ConnectionString);
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
        var storage = await TestStorage.ImportedAsync(azurite.ConnectionString);
        var atKeyLimit = new string('€', 56) + "abcdefgh"; // encodes to exactly 512 characters (1 KiB as UTF-16): a plain key
        var overKeyLimit = atKeyLimit + "i";                // 513: a hashed key
        var longestId = new string('a', CatalogueValidation.MaxIdLength - 1) + "/";
        var longest = new Ingredient(longestId, new string('N', CatalogueValidation.MaxNameLength),
            Enumerable.Range(0, CatalogueValidation.MaxListItems).Select(i => new string('s', CatalogueValidation.MaxListItemLength - 3) + i.ToString("D3")).ToList(), [], []);
        var product = new Product(new string('S', FieldLimits.MaxSkuLength), "Long label", null, null, new string('i', FieldLimits.MaxInciLength));
        // A protocol spread over several 30,000-character properties: the standard with a long description.
        var bigNode = System.Text.Json.Nodes.JsonNode.Parse(TestSeeds.ProtocolFrom(TestSeeds.StandardJson.Value, "big", "1").Json)!;
        bigNode["description"] = new string('n', 100_000);
        var protocol = new ProtocolDocument("big", "1", bigNode.ToJsonString());

        foreach (var ingredient in new[] { longest, TestSeeds.Ingredient(1) with { Id = atKeyLimit }, TestSeeds.Ingredient(2) with { Id = overKeyLimit } })
        {
            Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutIngredientAsync(ingredient, null, None)).Outcome);
        }

        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutProductAsync(product, null, None)).Outcome);
        Assert.Equal(AdminOutcome.Created, (await storage.Admin.PutProtocolAsync(protocol, null, None)).Outcome);

        var snapshot = await storage.Loader.LoadAsync(null, None);
        Assert.Equal(longest.InciName, snapshot.Ingredients.FindById(longestId)!.InciName);
        Assert.Equal(longest.Synonyms, snapshot.Ingredients.FindById(longestId)!.Synonyms);
        Assert.Equal(TestSeeds.Ingredient(1).InciName, snapshot.Ingredients.FindById(atKeyLimit)!.InciName);
        Assert.Equal(TestSeeds.Ingredient(2).InciName, snapshot.Ingredients.FindById(overKeyLimit)!.InciName);
        Assert.Equal(AdminOutcome.Found, (await storage.Admin.GetIngredientAsync(overKeyLimit, None)).Outcome);
        Assert.Equal(product.Inci, snapshot.FindProduct(product.Sku)!.Inci);
        Assert.Equal(protocol.Json, snapshot.FindProtocol("big")!.Json);

        Assert.Equal(["id"], (await storage.Admin.PutIngredientAsync(longest with { Id = longestId + "h" }, null, None)).Errors!.Keys);
        Assert.Equal(["inciName"], (await storage.Admin.PutIngredientAsync(TestSeeds.Ingredient(3) with { InciName = longest.InciName + "N" }, null, None)).Errors!.Keys);
        Assert.Equal(["sku"], (await storage.Admin.PutProductAsync(product with { Sku = product.Sku + "S" }, null, None)).Errors!.Keys);
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
    public async Task Before_the_first_import_the_tables_are_missing_and_writes_say_unavailable()
    {
        var options = new Compatibility.Storage.Configuration.CatalogueOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "missing" + Guid.NewGuid().ToString("N")[..8] };
        var tables = CatalogueTables.Create(options);
        var store = new CatalogueAdminStore(tables, Polly.ResiliencePipeline.Empty);

        var result = await store.PutProductAsync(TestSeeds.Product(1), null, None);

        Assert.Equal(AdminOutcome.Unavailable, result.Outcome);
        Assert.Contains("import", result.Detail);
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
