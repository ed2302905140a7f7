using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Compatibility.Core.Protocols;
using Compatibility.Storage.Tables;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Snapshots;

/// <summary>
/// Defence in depth (issue 11): a protocol that reached the table without the admin validation (an old build, a
/// hand edit) and that the engine cannot compute with is refused by the refresh; the last good snapshot serves, degraded.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class InvalidStoredProtocolTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("hours", "1e9")]
    [InlineData("scale", "1e300")]
    [InlineData("minimumDays", "2000000000")]
    [InlineData("kind", "5")]
    [InlineData("window", "null")]
    public async Task A_stored_protocol_that_fails_validation_keeps_the_last_good_snapshot_and_health_degraded(string what, string value)
    {
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString);
        await storage.Importer.ImportAsync(TestSeeds.Synthetic(10, protocols: 1), prune: false, CancellationToken.None);
        var provider = storage.Provider(TestStorage.FallbackSnapshot);
        Assert.True(await provider.RefreshAsync(CancellationToken.None));
        var good = provider.Current;

        var json = JsonNode.Parse(TestSeeds.StandardJson.Value)!;
        json["id"] = EmbeddedProtocols.StandardId;
        var parsed = JsonNode.Parse(value);
        switch (what)
        {
            case "hours": json["windows"]![0]!["hours"] = parsed; break;
            case "scale": json["depthBands"]![0]!["scale"] = parsed; break;
            case "minimumDays": json["sessionSpacing"]!["minimumDays"] = parsed; break;
            case "kind": json["windows"]![0]!["kind"] = parsed; break;
            default: json["windows"]![0] = parsed; break;
        }

        var bad = new ProtocolDocument(EmbeddedProtocols.StandardId, json["version"]!.GetValue<string>(), json.ToJsonString());
        await storage.Tables.Protocols.UpsertEntityAsync(ProtocolMapper.Instance.ToEntity(bad), TableUpdateMode.Replace);

        Assert.False(await provider.RefreshAsync(CancellationToken.None));
        Assert.Same(good, provider.Current);
        Assert.True(provider.Degraded);
        Assert.NotNull(provider.LastRefreshError);
    }
}
