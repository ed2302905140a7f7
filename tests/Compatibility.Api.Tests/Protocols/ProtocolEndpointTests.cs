using System.Net;
using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Protocols;

/// <summary><c>GET /api/v1/protocols</c> and <c>GET /api/v1/protocols/{id}</c> through the DevServer.</summary>
public sealed class ProtocolEndpointTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    [Fact]
    public async Task The_list_names_the_default_protocol()
    {
        var response = await server.CreateClient().GetAsync("/api/v1/protocols");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var list = await HttpAssert.JsonAsync(response);
        Assert.Equal("microneedling-standard", list.GetProperty("defaultId").GetString());
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var standard = Assert.Single(items, p => p.GetProperty("id").GetString() == "microneedling-standard");
        Assert.True(standard.GetProperty("isDefault").GetBoolean());
        Assert.Equal("microneedling", standard.GetProperty("procedureType").GetString());
        Assert.False(string.IsNullOrEmpty(standard.GetProperty("version").GetString()));
        Assert.Single(items, p => p.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task A_protocol_has_its_windows_and_the_source_of_every_number()
    {
        var response = await server.CreateClient().GetAsync("/api/v1/protocols/microneedling-standard");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var protocol = await HttpAssert.JsonAsync(response);
        Assert.Equal("microneedling-standard", protocol.GetProperty("id").GetString());
        var sourceIds = protocol.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToHashSet();
        Assert.NotEmpty(sourceIds);

        var windows = protocol.GetProperty("windows").EnumerateArray().ToList();
        Assert.NotEmpty(windows);
        foreach (var window in windows)
        {
            Assert.Contains(window.GetProperty("kind").GetString(), new[] { "wait", "blocked" });
            Assert.True(window.GetProperty("hours").GetDouble() >= 0);
            var cited = window.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();
            Assert.NotEmpty(cited);
            Assert.All(cited, id => Assert.Contains(id, sourceIds));
        }

        // The brief's floor: harsh actives blocked for at least 48 hours.
        var retinoid = windows.Single(w => w.GetProperty("class").GetString() == "retinoid");
        Assert.Equal("blocked", retinoid.GetProperty("kind").GetString());
        Assert.True(retinoid.GetProperty("hours").GetDouble() >= 48);
        Assert.Equal(JsonValueKind.Array, protocol.GetProperty("depthBands").ValueKind);
        Assert.True(protocol.GetProperty("sessionSpacing").GetProperty("minimumDays").GetInt32() >= 28);
    }

    [Theory]
    [InlineData("no-such-protocol")]
    [InlineData("MICRONEEDLING-STANDARD-X")]
    public async Task An_unknown_protocol_is_404_naming_id(string id)
    {
        var response = await server.CreateClient().GetAsync($"/api/v1/protocols/{id}");

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound, "id");
    }

    [Fact]
    public async Task A_very_long_unknown_id_is_404_with_a_short_detail()
    {
        var id = new string('p', 1000);
        var response = await server.CreateClient().GetAsync($"/api/v1/protocols/{id}");

        var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.NotFound, ProblemTypes.NotFound, "id");
        Assert.True(problem.GetProperty("detail").GetString()!.Length < 300);
    }
}
