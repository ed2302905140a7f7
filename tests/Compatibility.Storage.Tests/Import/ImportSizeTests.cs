using System.Text.Json.Nodes;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Protocols;
using Compatibility.Storage.Import;
using Compatibility.Storage.Tables;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Import;

/// <summary>
/// Seed protocols are stored as their file text, not re-escaped: non-ASCII counts once as a character but several times
/// in the transaction body, and a character outside the BMP is two UTF-16 units that a chunk must not split.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ImportSizeTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task A_protocol_with_a_surrogate_pair_across_a_chunk_boundary_round_trips()
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        var node = JsonNode.Parse(TestSeeds.StandardJson.Value)!;
        node["id"] = "emoji";
        node["description"] = "§";
        var start = RawJson(node).IndexOf('§', StringComparison.Ordinal);
        // Put "😀" (U+1F600, two UTF-16 units) so that its high surrogate is the last unit of the first chunk.
        // (System.Text.Json always escapes a pair, so the literal pair goes in after serialising, as a seed file holds it.)
        node["description"] = new string('d', ProtocolMapper.ChunkLength - 1 - start) + "EMOJI and after";
        var json = RawJson(node).Replace("EMOJI", "\U0001F600", StringComparison.Ordinal);
        var document = new ProtocolDocument("emoji", node["version"]!.GetValue<string>(), json);
        Assert.True(char.IsHighSurrogate(document.Json[ProtocolMapper.ChunkLength - 1]), "the pair must straddle the chunk boundary");

        await storage.Importer.ImportAsync(new SeedData(new CatalogueData("v", [TestSeeds.Ingredient(1)]), [document], []), prune: false, CancellationToken.None);

        var snapshot = await storage.Loader.LoadAsync(null, CancellationToken.None);
        Assert.Equal(document.Json, snapshot.FindProtocol("emoji")!.Json);
        Assert.EndsWith("\U0001F600 and after", snapshot.ProtocolLibrary.Find("emoji")!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Protocols_full_of_non_ascii_text_are_imported_in_transactions_azure_accepts()
    {
        // 100 protocols of ~100,000 characters of "é" (≈600 KB each as escaped JSON in a transaction body): a cap that
        // counted characters would put ~24 in one 4 MiB transaction body, 14 MB once escaped.
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        var protocols = Enumerable.Range(1, 100).Select(i =>
        {
            var node = JsonNode.Parse(TestSeeds.StandardJson.Value)!;
            node["id"] = $"wide-{i:D3}";
            node["description"] = new string('é', 100_000);
            return new ProtocolDocument($"wide-{i:D3}", node["version"]!.GetValue<string>(), RawJson(node));
        }).ToList();

        var report = await storage.Importer.ImportAsync(new SeedData(new CatalogueData("v", [TestSeeds.Ingredient(1)]), protocols, []), prune: false, CancellationToken.None);

        Assert.Equal(100, report.For("protocols").Added);
        var snapshot = await storage.Loader.LoadAsync(null, CancellationToken.None);
        Assert.Equal(100, snapshot.Protocols.Count);
        Assert.Equal(protocols[99].Json, snapshot.FindProtocol("wide-100")!.Json);
    }

    /// <summary>The JSON as a seed file holds it: non-ASCII written as itself, not as \u escapes.</summary>
    private static string RawJson(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
