using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Core.Protocols;
using Compatibility.Storage.Tables;
using static Compatibility.Api.Tests.Infrastructure.AdminRequests;

namespace Compatibility.Api.Tests.Admin;

/// <summary>
/// Issue 11, defence in depth: a protocol that reached the table without the admin validation (an older build, a hand
/// edit) and that the engine cannot compute with is refused by the refresh. The last good snapshot keeps serving every
/// public route, health says <c>degraded</c>, and a good row brings it back. Both hosts, real Azurite.
/// </summary>
[Collection(BothStorageHostsCollection.Name)]
public sealed class StoredProtocolDefenceTests(BothStorageHosts hosts)
{
    public static TheoryData<string, string, string> HostsAndEdits()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var host in new[] { BothStorageHosts.DevServer, BothStorageHosts.Functions })
        {
            data.Add(host, "$.windows[0].hours", "1e9");
            data.Add(host, "$.depthBands[0].scale", "1e300");
            data.Add(host, "$.sessionSpacing.minimumDays", "2000000000");
            data.Add(host, "$.windows[0].kind", "5");
            data.Add(host, "$.windows[0]", "null");
            data.Add(host, "$.preparation.advice[0].hours", "1e9");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndEdits))]
    public async Task A_stored_default_protocol_that_fails_validation_is_never_served_and_health_says_degraded(string name, string path, string value)
    {
        var host = hosts[name];
        var key = TableKeys.Key(EmbeddedProtocols.StandardId);
        var original = (await host.Tables.Protocols.GetEntityAsync<TableEntity>(ProtocolMapper.PartitionKey, key)).Value;
        var stored = ProtocolMapper.Instance.FromEntity(original);
        var json = JsonNode.Parse(stored.Json)!;
        Set(json, path, JsonNode.Parse(value));
        try
        {
            await host.Tables.Protocols.UpsertEntityAsync(ProtocolMapper.Instance.ToEntity(stored with { Json = json.ToJsonString() }), TableUpdateMode.Replace);

            Assert.False(await host.RefreshAsync());
            await AssertPublicRoutesAnswerAsync(host, protocol: null);
            await AssertPublicRoutesAnswerAsync(host, EmbeddedProtocols.StandardId);
            Assert.Equal("degraded", await HealthStatusAsync(host));
        }
        finally
        {
            await host.Tables.Protocols.UpsertEntityAsync(original, TableUpdateMode.Replace);
        }

        await AssertRefreshedAsync(host);
        Assert.Equal("healthy", await HealthStatusAsync(host));
    }
}
