using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Tests.Admin;

public sealed class AdminEndpointTests(StorageDevServer server) : IClassFixture<StorageDevServer>
{
    private static HttpRequestMessage Request(HttpMethod method, string url, string? json = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = HttpAssert.Json(json);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return request;
    }

    [Fact]
    public async Task Admin_routes_need_the_function_key()
    {
        var anonymous = server.Factory.CreateClient();

        await HttpAssert.ProblemAsync(await anonymous.SendAsync(Request(HttpMethod.Put, "/api/v1/products/K-1", """{"name":"n","inci":"Aqua"}""")), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await anonymous.GetAsync("/api/v1/products/ORD-HA-B5-30ML"), HttpStatusCode.Unauthorized);
        await HttpAssert.ProblemAsync(await anonymous.DeleteAsync("/api/v1/ingredients/water"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Product_lifecycle_with_etags_412_on_stale_and_428_without_if_match()
    {
        var client = server.AdminClient();
        const string url = "/api/v1/products/CLINIC%2FSERUM-1";
        // Storage fields in the body are never bound: the key comes from the route, the ETag from the store.
        var body = """{"name":"Clinic Serum","brand":"Clinic","category":"serum","inci":"Aqua, Sodium Hyaluronate","sku":"OTHER","partitionKey":"x","rowKey":"y","eTag":"*","timestamp":"2020-01-01T00:00:00Z"}""";

        var created = await client.SendAsync(Request(HttpMethod.Put, url, body));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var etag = created.Headers.ETag!.ToString();
        Assert.Equal("CLINIC/SERUM-1", (await HttpAssert.JsonAsync(created)).GetProperty("sku").GetString());

        var read = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(etag, read.Headers.ETag!.ToString());
        Assert.Equal("Clinic Serum", (await HttpAssert.JsonAsync(read)).GetProperty("name").GetString());

        await HttpAssert.ProblemAsync(await client.SendAsync(Request(HttpMethod.Put, url, body)), (HttpStatusCode)428);
        var updated = await client.SendAsync(Request(HttpMethod.Put, url, body.Replace("Clinic Serum", "Renamed"), etag));
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var newEtag = updated.Headers.ETag!.ToString();
        Assert.NotEqual(etag, newEtag);
        var stale = await client.SendAsync(Request(HttpMethod.Put, url, body, etag));
        await HttpAssert.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(newEtag, stale.Headers.ETag!.ToString());

        await HttpAssert.ProblemAsync(await client.SendAsync(Request(HttpMethod.Delete, url)), (HttpStatusCode)428);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Request(HttpMethod.Delete, url, ifMatch: newEtag))).StatusCode);
        await HttpAssert.ProblemAsync(await client.GetAsync(url), HttpStatusCode.NotFound, "sku");
    }

    [Fact]
    public async Task Invalid_bodies_are_400_with_the_field_named()
    {
        var client = server.AdminClient();

        await HttpAssert.ProblemAsync(await client.SendAsync(Request(HttpMethod.Put, "/api/v1/products/BAD-1", """{"name":"n","category":"perfume","inci":"Aqua"}""")), HttpStatusCode.BadRequest, "category");
        await HttpAssert.ProblemAsync(await client.SendAsync(Request(HttpMethod.Put, "/api/v1/ingredients/bad-1", """{"inciName":"BAD","classes":["not-a-class"]}""")), HttpStatusCode.BadRequest, "classes[0]");
        await HttpAssert.ProblemAsync(await client.SendAsync(Request(HttpMethod.Put, "/api/v1/ingredients/bad-2", """{"inciName":5}""")), HttpStatusCode.BadRequest, "inciName");
        await HttpAssert.ProblemAsync(await client.SendAsync(Request(HttpMethod.Put, "/api/v1/protocols/p-1", """{"id":"p-1"}""")), HttpStatusCode.BadRequest, "version");
    }

    [Fact]
    public async Task A_clinic_protocol_and_ingredient_can_be_stored_and_an_ingredient_with_a_slash_in_its_id_too()
    {
        var client = server.AdminClient();
        var standard = EmbeddedProtocolDocuments.Load().Single(p => p.Id == EmbeddedProtocols.StandardId).Json;
        var clinic = JsonNode.Parse(standard)!;
        clinic["id"] = "clinic-strict";
        clinic["version"] = "2026.11.25";

        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(Request(HttpMethod.Put, "/api/v1/protocols/clinic-strict", clinic.ToJsonString()))).StatusCode);
        await HttpAssert.ProblemAsync(await client.SendAsync(Request(HttpMethod.Put, "/api/v1/protocols/other-id", clinic.ToJsonString())), HttpStatusCode.BadRequest, "id");

        var ingredient = await client.SendAsync(Request(HttpMethod.Put, "/api/v1/ingredients/clinic%2Fblend", """{"inciName":"CLINIC/BLEND","synonyms":["Clinic Blend"],"classes":["peptide"]}"""));
        Assert.Equal(HttpStatusCode.Created, ingredient.StatusCode);
        Assert.Equal("clinic/blend", (await HttpAssert.JsonAsync(ingredient)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Health_reports_the_table_storage_snapshot()
    {
        var health = await HttpAssert.JsonAsync(await server.Factory.CreateClient().GetAsync("/api/health"));

        Assert.Equal("table-storage", health.GetProperty("catalogue").GetProperty("source").GetString());
        Assert.False(health.GetProperty("catalogue").GetProperty("degraded").GetBoolean());
    }
}
