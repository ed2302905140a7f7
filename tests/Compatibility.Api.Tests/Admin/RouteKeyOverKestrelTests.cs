using System.Net;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Admin;

/// <summary>Route keys decoded exactly once, over real Kestrel (the in-memory server keeps no raw request target).</summary>
public sealed class RouteKeyOverKestrelTests(KestrelStorageDevServer server) : IClassFixture<KestrelStorageDevServer>
{
    [Fact]
    public async Task An_escaped_percent_2F_is_decoded_once_and_a_slash_id_can_be_read_back_publicly()
    {
        var client = server.AdminClient();
        var literal = await client.PutAsync("/api/v1/products/PCT%252FSKU", HttpAssert.Json("""{"name":"Literal","inci":"Aqua"}"""));
        Assert.Equal(HttpStatusCode.Created, literal.StatusCode);
        Assert.Equal("PCT%2FSKU", (await HttpAssert.JsonAsync(literal)).GetProperty("sku").GetString());
        await HttpAssert.ProblemAsync(await client.GetAsync("/api/v1/products/PCT%2FSKU"), HttpStatusCode.NotFound, "sku");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/products/PCT%252FSKU")).StatusCode);

        Assert.Equal(HttpStatusCode.Created, (await client.PutAsync("/api/v1/ingredients/slash%2Fblend", HttpAssert.Json("""{"inciName":"SLASH/BLEND TEST"}"""))).StatusCode);
        var anonymous = server.Factory.CreateClient();
        Assert.True(await Eventually.TrueAsync(async () => (await anonymous.GetAsync("/api/v1/ingredients/slash%2Fblend")).StatusCode == HttpStatusCode.OK));
        Assert.Equal("slash/blend", (await HttpAssert.JsonAsync(await anonymous.GetAsync("/api/v1/ingredients/slash%2Fblend"))).GetProperty("id").GetString());
    }

}
