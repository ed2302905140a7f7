using System.Net;
using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Aftercare;
using Compatibility.Functions.Ingredients;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// A member given twice (or twice in different case) is refused with a 400 naming it, on every body, on both hosts:
/// System.Text.Json would keep the last, so a gateway or log reading the first would see another product than the one judged.
/// </summary>
public sealed class DuplicateMemberTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private const string Procedure = """{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"}""";

    private readonly FunctionHost _functions = new();

    public static TheoryData<string, string, string> Bodies => new()
    {
        { "/api/v1/ingredients/analyze", """{"inci":"Squalane, Retinol","inci":"Water"}""", "inci" },
        { "/api/v1/ingredients/analyze", """{"inci":"Squalane, Retinol","INCI":"Water"}""", "INCI" },
        { "/api/v1/check", $$"""{"procedure":{{Procedure}},"products":[{"ref":"a","inci":"Squalane, Retinol","Inci":"Water"}]}""", "products[0].Inci" },
        { "/api/v1/check", $$"""{"procedure":{{Procedure}},"procedure":{{Procedure}},"products":[{"ref":"a","inci":"Water"}]}""", "procedure" },
        { "/api/v1/routines/check", $$"""{"procedure":{{Procedure}},"products":[{"ref":"a","inci":"Water"}],"steps":[{"product":"a","day":1,"slot":"am","DAY":2}]}""", "steps[0].DAY" },
        { "/api/v1/plan", $$"""{"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00","performedat":"2026-11-01T10:00:00+01:00"},"products":[{"ref":"a","inci":"Water"}]}""", "procedure.performedat" },
        { "/api/v1/prepare", $$"""{"procedure":{{Procedure}},"at":"2026-11-10T10:00:00+01:00","products":[{"ref":"a","inci":"Water"},{"ref":"b","sku":"X","sku":"Y"}]}""", "products[1].sku" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task DevServer_refuses_a_member_given_twice(string path, string json, string field)
    {
        var response = await factory.CreateClient().PostAsync(path, HttpAssert.Json(json));

        var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, field);
        Assert.Contains("more than once", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevServer_refuses_a_duplicate_in_an_admin_body_before_anything_is_written()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", DevServerFactory.FunctionKey);

        var response = await client.PutAsync("/api/v1/products/DUP-1", HttpAssert.Json("""{"name":"a","inci":"Aqua","Inci":"Retinol"}"""));

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "Inci");
    }

    [Fact]
    public async Task Functions_check_refuses_a_member_given_twice_in_different_case()
    {
        var request = _functions.Request("POST", $$"""{"procedure":{{Procedure}},"products":[{"ref":"a","inci":"Squalane, Retinol","INCI":"Water"}]}""");
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(await _functions.Create<CheckFunction>().Run(request, CancellationToken.None), request);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("products[0].INCI", out _), body);
    }

    [Fact]
    public async Task Functions_analyze_refuses_a_member_given_twice()
    {
        var request = _functions.Request("POST", """{"inci":"Squalane, Retinol","inci":"Water"}""");
        var (status, _, body) = await FunctionHost.ExecuteAsync(await _functions.Create<AnalyzeIngredientsFunction>().Run(request, CancellationToken.None), request);

        Assert.Equal(400, status);
        Assert.True(JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("inci", out _), body);
    }

    [Fact]
    public async Task The_same_name_in_different_objects_is_not_a_duplicate()
    {
        var json = $$"""{"procedure":{{Procedure}},"at":"2026-11-21T10:00:00+01:00","products":[{"ref":"a","inci":"Aqua"},{"ref":"b","inci":"Aqua"}]}""";
        var response = await factory.CreateClient().PostAsync("/api/v1/check", HttpAssert.Json(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _functions.Dispose();
}
