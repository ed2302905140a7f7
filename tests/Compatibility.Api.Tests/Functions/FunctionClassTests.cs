using System.Reflection;
using System.Text.Json;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Health;
using Compatibility.Functions.Ingredients;
using Microsoft.Azure.Functions.Worker;

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

    /// <summary>
    /// Every HTTP function, by its <c>[Function]</c> name, with a request its route answers and the status the contract
    /// gives it here: a host with the embedded catalogue and no Table Storage, where the admin writes answer 503.
    /// A function added without a line here fails <see cref="Every_function_class_answers_a_request_on_its_own_route"/>.
    /// </summary>
    private static readonly Dictionary<string, (HttpMethod Method, string Url, string? Body, int Status)> OneRequestEach = new(StringComparer.Ordinal)
    {
        ["Health"] = (HttpMethod.Get, "/api/health", null, 200),
        ["HealthDetail"] = (HttpMethod.Get, "/api/health/detail", null, 200),
        ["OpenApiDocument"] = (HttpMethod.Get, "/api/openapi.json", null, 200),
        ["AnalyzeIngredients"] = (HttpMethod.Post, "/api/v1/ingredients/analyze", """{"inci":"Water, Glycerin"}""", 200),
        ["SearchIngredients"] = (HttpMethod.Get, "/api/v1/ingredients?q=glycerin", null, 200),
        ["GetIngredient"] = (HttpMethod.Get, "/api/v1/ingredients/glycerin", null, 200),
        ["PutIngredient"] = (HttpMethod.Put, "/api/v1/ingredients/new-ingredient", """{"inciName":"NEW INGREDIENT"}""", 503),
        ["DeleteIngredient"] = (HttpMethod.Delete, "/api/v1/ingredients/glycerin", null, 503),
        ["Check"] = (HttpMethod.Post, Endpoints.Check, AftercareJson.ValidBody(Endpoints.Check).ToJsonString(), 200),
        ["RoutineCheck"] = (HttpMethod.Post, Endpoints.Routine, AftercareJson.ValidBody(Endpoints.Routine).ToJsonString(), 200),
        ["Plan"] = (HttpMethod.Post, Endpoints.Plan, AftercareJson.ValidBody(Endpoints.Plan).ToJsonString(), 200),
        ["Prepare"] = (HttpMethod.Post, Endpoints.Prepare, """
            {"procedure":{"type":"microneedling","performedAt":"2026-12-20T10:00:00+01:00"},"at":"2026-12-01T10:00:00+01:00","products":[{"ref":"a","inci":"Squalane, Retinol"}]}
            """, 200),
        ["ListProtocols"] = (HttpMethod.Get, "/api/v1/protocols", null, 200),
        ["GetProtocol"] = (HttpMethod.Get, "/api/v1/protocols/microneedling-standard", null, 200),
        ["PutProtocol"] = (HttpMethod.Put, "/api/v1/protocols/clinic-own", AdminRequests.ProtocolJson("clinic-own"), 503),
        ["DeleteProtocol"] = (HttpMethod.Delete, "/api/v1/protocols/clinic-own", null, 503),
        ["GetProduct"] = (HttpMethod.Get, $"/api/v1/products/{AftercareJson.HyaluronicSku}", null, 200), // from the snapshot when there is no storage
        ["PutProduct"] = (HttpMethod.Put, "/api/v1/products/ANY-SKU", """{"name":"Night Serum","inci":"Squalane, Retinol"}""", 503),
        ["DeleteProduct"] = (HttpMethod.Delete, "/api/v1/products/ANY-SKU", null, 503),
    };

    public static TheoryData<string> FunctionNames() => new(
        typeof(Compatibility.Functions.Program).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>()
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FunctionNames))]
    public async Task Every_function_class_answers_a_request_on_its_own_route(string function)
    {
        Assert.True(OneRequestEach.TryGetValue(function, out var call), $"function '{function}' has no request in OneRequestEach: add one, so it is invoked by a test");
        var router = new FunctionRouter(_host);
        using var request = new HttpRequestMessage(call.Method, call.Url);
        if (call.Body is not null)
        {
            request.Content = HttpAssert.Json(call.Body);
        }

        using var response = await router.SendAsync(request);

        Assert.Equal(function, router.LastFunction);
        Assert.True(call.Status == (int)response.StatusCode, $"{function}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(call.Status == 200 ? "application/json" : "application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _host.Dispose();
}
