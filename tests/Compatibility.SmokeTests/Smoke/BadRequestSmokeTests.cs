using System.Net;
using System.Text.Json.Nodes;
using Compatibility.SmokeTests.Hosting;

namespace Compatibility.SmokeTests.Smoke;

/// <summary>Bad input gets an RFC 9457 problem that names the field, never a 5xx.</summary>
[Collection(SmokeCollection.Name)]
public sealed class BadRequestSmokeTests(SmokeTarget target)
{
    [Fact]
    public async Task An_unknown_category_is_a_400_problem_naming_the_field()
    {
        var body = new JsonObject
        {
            ["procedure"] = new JsonObject { ["type"] = "microneedling", ["performedAt"] = "2026-11-20T10:00:00+01:00" },
            ["at"] = "2026-11-21T10:00:00+01:00",
            ["products"] = new JsonArray
            {
                new JsonObject { ["ref"] = "a", ["inci"] = "Aqua" },
                new JsonObject { ["ref"] = "b", ["category"] = "potion", ["inci"] = "Aqua" },
            },
        };
        using var request = Api.Json(HttpMethod.Post, "v1/check", body);
        using var response = await target.Client.SendAsync(request);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "products[1].category");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/ingredients/analyze", UriKind.Relative))
        {
            Content = new StringContent("{\"inci\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await target.Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{target.Description}: {await Api.DescribeAsync(response)}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_admin_write_without_a_key_is_a_401()
    {
        var product = new JsonObject { ["name"] = "No key", ["category"] = "serum", ["inci"] = "Aqua" };
        using var request = Api.Json(HttpMethod.Put, "v1/products/SMOKE-NO-KEY", product);
        using var response = await target.Client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{target.Description}: {await Api.DescribeAsync(response)}");
    }

    internal static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        Assert.True(response.StatusCode == status, await Api.DescribeAsync(response));
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Api.ReadObjectAsync(response);
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()));
        Assert.Contains(field, problem["errors"]!.AsObject().Select(e => e.Key));
    }
}
