using System.Net;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Ingredients;

public sealed class IngredientLookupEndpointTests(DevServerFactory factory) : IClassFixture<DevServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_by_id_returns_the_ingredient()
    {
        var response = await _client.GetAsync("/api/v1/ingredients/retinol");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonAsync(response);
        Assert.Equal("RETINOL", body.GetProperty("inciName").GetString());
        Assert.Contains("retinoid", body.GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Unknown_id_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/ingredients/no-such-ingredient-xyz");
        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task Search_by_prefix_is_paged()
    {
        var first = await HttpAssert.JsonAsync(await _client.GetAsync("/api/v1/ingredients?q=retin&take=2"));
        var second = await HttpAssert.JsonAsync(await _client.GetAsync("/api/v1/ingredients?q=retin&skip=2&take=2"));

        Assert.True(first.GetProperty("total").GetInt32() > 2);
        Assert.Equal(first.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        var firstIds = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        var secondIds = second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.Equal(2, firstIds.Count);
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    [Fact]
    public async Task Search_finds_synonyms()
    {
        var body = await HttpAssert.JsonAsync(await _client.GetAsync("/api/v1/ingredients?q=avobenzone"));
        Assert.Contains("BUTYL METHOXYDIBENZOYLMETHANE", body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("inciName").GetString()));
    }

    [Theory]
    [InlineData("/api/v1/ingredients", "q")]
    [InlineData("/api/v1/ingredients?q=", "q")]
    [InlineData("/api/v1/ingredients?q=retin&take=0", "take")]
    [InlineData("/api/v1/ingredients?q=retin&take=1000", "take")]
    [InlineData("/api/v1/ingredients?q=retin&skip=-1", "skip")]
    [InlineData("/api/v1/ingredients?q=retin&skip=abc", "skip")]
    public async Task Bad_search_parameters_are_400s(string url, string field)
    {
        await HttpAssert.ProblemAsync(await _client.GetAsync(url), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Health_reports_catalogue_version_and_size()
    {
        var response = await _client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await HttpAssert.JsonAsync(response);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        var catalogue = body.GetProperty("catalogue");
        Assert.True(catalogue.GetProperty("size").GetInt32() > 25_000);
        Assert.False(string.IsNullOrEmpty(catalogue.GetProperty("version").GetString()));
        Assert.Equal("embedded", catalogue.GetProperty("source").GetString());
        Assert.False(catalogue.GetProperty("degraded").GetBoolean());
    }
}
