using System.Net;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Ingredients;

public sealed class AnalyzeEndpointTests(DevServerFactory factory) : IClassFixture<DevServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Analyze_reports_each_entry_with_match_and_classes()
    {
        var response = await _client.PostAsync(
            "/api/v1/ingredients/analyze",
            HttpAssert.Json("""{"inci":"Aqua (Water), Sodum Hyaluronate, Parfum/Fragrance, Retinol, Butyl Methoxydibenzoylmethane, Zzqx Unknownium."}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonAsync(response);
        var entries = body.GetProperty("ingredients").EnumerateArray().ToList();
        Assert.Equal(6, entries.Count);
        Assert.Equal(Enumerable.Range(1, 6), entries.Select(e => e.GetProperty("position").GetInt32()));

        var hyaluronate = entries[1].GetProperty("match");
        Assert.Equal("sodium-hyaluronate", hyaluronate.GetProperty("id").GetString());
        Assert.Equal("fuzzy", hyaluronate.GetProperty("confidence").GetString());
        Assert.Contains("hyaluronic-acid", hyaluronate.GetProperty("classes").EnumerateArray().Select(c => c.GetString()));

        Assert.Contains("fragrance", entries[2].GetProperty("match").GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("retinoid", entries[3].GetProperty("match").GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
        var avobenzoneClasses = entries[4].GetProperty("match").GetProperty("classes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("chemical-uv-filter", avobenzoneClasses);
        Assert.DoesNotContain("benzoyl-peroxide", avobenzoneClasses);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, entries[5].GetProperty("match").ValueKind);
        Assert.Equal(5, body.GetProperty("recognized").GetInt32());
        Assert.Equal(1, body.GetProperty("unrecognized").GetInt32());
        var classes = body.GetProperty("classes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("hyaluronic-acid", classes);
        Assert.Contains("retinoid", classes);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("catalogue").GetProperty("version").GetString()));
    }

    [Fact]
    public async Task Missing_inci_is_a_400_naming_the_field()
    {
        var response = await _client.PostAsync("/api/v1/ingredients/analyze", HttpAssert.Json("{}"));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "inci");
    }

    [Fact]
    public async Task Wrong_type_is_a_400_naming_the_field()
    {
        var response = await _client.PostAsync("/api/v1/ingredients/analyze", HttpAssert.Json("""{"inci": 42}"""));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "inci");
    }

    [Theory]
    [InlineData("{\"inci\": \"Aqua")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    public async Task Malformed_json_is_a_400(string json)
    {
        var response = await _client.PostAsync("/api/v1/ingredients/analyze", HttpAssert.Json(json));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Non_json_content_type_is_a_415()
    {
        var response = await _client.PostAsync("/api/v1/ingredients/analyze", new StringContent("Aqua, Glycerin", System.Text.Encoding.UTF8, "text/plain"));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Three_megabyte_body_is_a_413()
    {
        var json = "{\"inci\":\"" + new string('a', 3 * 1024 * 1024) + "\"}";
        var response = await _client.PostAsync("/api/v1/ingredients/analyze", HttpAssert.Json(json));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Oversized_inci_is_a_400()
    {
        var json = "{\"inci\":\"" + string.Join(", ", Enumerable.Repeat("Glycerin", 3000)) + "\"}";
        var response = await _client.PostAsync("/api/v1/ingredients/analyze", HttpAssert.Json(json));
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "inci");
    }
}
