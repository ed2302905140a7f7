using System.Net;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary><c>procedure.type</c> picks the procedure's default protocol; an unknown type is a 400 naming it; findings cite sources.</summary>
public sealed class ProcedureTypeEndpointTests : IDisposable
{
    private readonly ClockedDevServer _server = new();

    private static JsonObject Body(string type) => JsonNode.Parse($$"""
        { "procedure": { "type": "{{type}}", "performedAt": "2026-11-20T10:00:00+01:00" },
          "at": "2026-11-21T12:00:00+01:00",
          "products": [ { "ref": "ha", "category": "serum", "inci": "Aqua, Sodium Hyaluronate, Glycerin" } ] }
        """)!.AsObject();

    [Theory]
    [InlineData("microneedling", "microneedling-standard", "allowed")]
    [InlineData("rf-microneedling", "rf-microneedling-standard", "wait")]
    [InlineData("microneedling-prp", "microneedling-prp-standard", "allowed")]
    public async Task The_procedure_type_selects_its_protocol(string type, string protocol, string verdict)
    {
        var response = await _server.Factory.CreateClient().PostAsync(Endpoints.Check, HttpAssert.Json(Body(type).ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await HttpAssert.JsonAsync(response);
        Assert.Equal(protocol, result.GetProperty("protocol").GetProperty("id").GetString());
        var product = result.GetProperty("products")[0];
        Assert.Equal(verdict, product.GetProperty("verdict").GetString());
        Assert.All(product.GetProperty("findings").EnumerateArray(), f => Assert.True(f.GetProperty("sources").GetArrayLength() > 0));
    }

    [Fact]
    public async Task An_unknown_procedure_type_is_a_400_naming_it()
    {
        var response = await _server.Factory.CreateClient().PostAsync(Endpoints.Check, HttpAssert.Json(Body("laser").ToJsonString()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await HttpAssert.JsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("procedure.type", out _));
    }

    public void Dispose() => _server.Dispose();
}
