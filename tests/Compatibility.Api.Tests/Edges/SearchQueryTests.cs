using System.Net;
using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Ingredients;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// Search validates <c>q</c> as it is searched (after the catalogue's name normalisation), so a query of punctuation
/// or controls never lists the whole catalogue; and each parameter is given once (<c>q=a&amp;q=b</c> searched "a,b").
/// </summary>
public sealed class SearchQueryTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private readonly FunctionHost _functions = new();

    [Theory]
    [InlineData("q=%00")]
    [InlineData("q=-")]
    [InlineData("q=%20-%20")]
    [InlineData("q=***")]
    [InlineData("q=%E2%84%A2")] // ™
    [InlineData("q=%01%02")]
    public async Task DevServer_refuses_a_query_with_nothing_left_to_search(string query)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/ingredients?" + query);

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "q");
    }

    [Theory]
    [InlineData("q=a&q=b", "q")]
    [InlineData("q=glyc&skip=0&skip=5", "skip")]
    [InlineData("q=glyc&take=1&take=2", "take")]
    public async Task DevServer_refuses_a_repeated_parameter(string query, string field)
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/ingredients?" + query);

        var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, field);
        Assert.Equal("Give this parameter once.", problem.GetProperty("errors").GetProperty(field)[0].GetString());
    }

    [Fact]
    public async Task DevServer_still_searches_a_short_real_query()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/ingredients?q=%20bht%20");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await HttpAssert.JsonAsync(response);
        Assert.Equal("bht", json.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.True(json.GetProperty("total").GetInt32() < 1000, "a real query must not list the catalogue");
    }

    [Theory]
    [InlineData("?q=%00", "q")]
    [InlineData("?q=-", "q")]
    [InlineData("?q=a&q=b", "q")]
    public async Task Functions_search_refuses_the_same(string query, string field)
    {
        var request = _functions.Request("GET", query: query);
        var (status, _, body) = await FunctionHost.ExecuteAsync(_functions.Create<SearchIngredientsFunction>().Run(request), request);

        Assert.Equal(400, status);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _), body);
    }

    public void Dispose() => _functions.Dispose();
}
