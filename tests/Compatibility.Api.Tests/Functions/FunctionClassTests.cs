using System.Text.Json;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Health;
using Compatibility.Functions.Ingredients;

namespace Compatibility.Api.Tests.Functions;

/// <summary>The function classes called directly, as the worker calls them.</summary>
public sealed class FunctionClassTests : IDisposable
{
    private readonly FunctionHost _host = new();

    [Fact]
    public async Task Analyze_function_answers_like_the_devserver()
    {
        var request = _host.Request("POST", """{"inci":"Water, Glycerin, Niacinamide, Gylcerin"}""");
        var result = await _host.Create<AnalyzeIngredientsFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(4, json.GetProperty("recognized").GetInt32());
        Assert.Equal("fuzzy", json.GetProperty("ingredients")[3].GetProperty("match").GetProperty("confidence").GetString());
        Assert.Contains("niacinamide", json.GetProperty("classes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task Analyze_function_shows_the_readings_of_each_entry()
    {
        var request = _host.Request("POST", """{"inci":"Ingredients: Water (Tretinoin), BHA (Salicylic Acid)"}""");
        var result = await _host.Create<AnalyzeIngredientsFunction>().Run(request, CancellationToken.None);
        var (status, _, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        var json = JsonDocument.Parse(body).RootElement;
        var entries = json.GetProperty("ingredients");
        Assert.Equal("tretinoin", entries[0].GetProperty("match").GetProperty("id").GetString());
        Assert.Equal("water", entries[0].GetProperty("also")[0].GetProperty("match").GetProperty("id").GetString());
        Assert.Equal("separate-ingredient", entries[0].GetProperty("readings")[2].GetProperty("outcome").GetString());
        Assert.Equal("salicylic-acid", entries[1].GetProperty("match").GetProperty("id").GetString());
        Assert.Equal("generic-name", entries[1].GetProperty("readings")[1].GetProperty("outcome").GetString());
        Assert.Equal("label", entries[1].GetProperty("origin").GetString());
        var dropped = Assert.Single(json.GetProperty("dropped").EnumerateArray());
        Assert.Equal("Ingredients:", dropped.GetProperty("text").GetString());
        Assert.Equal("heading", dropped.GetProperty("reason").GetString());
        Assert.False(json.GetProperty("incomplete").GetBoolean());
    }

    [Fact]
    public async Task Analyze_function_rejects_non_json_with_415()
    {
        var request = _host.Request("POST", "Water, Glycerin", "text/plain");
        var result = await _host.Create<AnalyzeIngredientsFunction>().Run(request, CancellationToken.None);
        var (status, contentType, _) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(415, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Fact]
    public async Task Get_ingredient_function_returns_404_problem_for_unknown_id()
    {
        var request = _host.Request("GET");
        var result = _host.Create<GetIngredientFunction>().Run(request, "nope-nope");
        var (status, contentType, _) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
    }

    [Fact]
    public async Task Search_function_pages_results()
    {
        var request = _host.Request("GET", query: "?q=glyc&take=3");
        var result = _host.Create<SearchIngredientsFunction>().Run(request);
        var (status, _, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        Assert.Equal(3, JsonDocument.Parse(body).RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Health_function_reports_the_catalogue()
    {
        var request = _host.Request("GET");
        var result = _host.Create<HealthFunction>().Run(request);
        var (status, _, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        Assert.Equal("healthy", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
    }

    public void Dispose() => _host.Dispose();
}
