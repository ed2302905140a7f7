using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Aftercare;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary>The check, routine and plan function classes called directly, as the worker calls them.</summary>
public sealed class AftercareFunctionTests : IDisposable
{
    private readonly FunctionHost _host = new();

    private static JsonElement Problem(int status, string? contentType, string body, int expected, string type, string field)
    {
        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", contentType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.Equal(expected, problem.GetProperty("status").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected errors['{field}'] in {body}");
        return problem;
    }

    [Fact]
    public async Task Check_function_answers_like_the_devserver()
    {
        var request = _host.Request("POST", Check("2026-11-21T04:00:00-05:00", Inline("ret", RetinolInci), BySku("gly", "ORD-GLY7-240ML")).ToJsonString());
        var result = await _host.Create<CheckFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal("blocked", json.GetProperty("verdict").GetString());
        Assert.Equal("2026-11-30T04:00:00-05:00", json.GetProperty("readyAt").GetString());
        Assert.Single(json.GetProperty("conflicts").EnumerateArray());
    }

    [Fact]
    public async Task Check_function_rejects_an_unknown_sku_with_404()
    {
        var request = _host.Request("POST", Check("2026-11-21T10:00:00+01:00", BySku("x", "NO-SUCH-SKU")).ToJsonString());
        var result = await _host.Create<CheckFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Problem(status, contentType, body, 404, ProblemTypes.NotFound, "products[0].sku");
    }

    [Fact]
    public async Task Check_function_rejects_a_wrong_type_with_400()
    {
        var request = _host.Request("POST", """{"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00","needleDepthMm":"deep"},"products":[]}""");
        var result = await _host.Create<CheckFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Problem(status, contentType, body, 400, ProblemTypes.MalformedJson, "procedure.needleDepthMm");
    }

    [Fact]
    public async Task Routine_function_judges_each_step()
    {
        var request = _host.Request("POST", ValidBody(Endpoints.Routine).Set("nextSessionAt", "2026-12-01T10:00:00+01:00").ToJsonString());
        var result = await _host.Create<RoutineCheckFunction>().Run(request, CancellationToken.None);
        var (status, _, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["allowed", "allowed"], json.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("verdict").GetString()));
        Assert.Equal("blocked", json.GetProperty("nextSession").GetProperty("verdict").GetString());
        Assert.Equal("blocked", json.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Routine_function_rejects_an_unknown_step_product()
    {
        var request = _host.Request("POST", ValidBody(Endpoints.Routine).Set("steps[1].product", "nope").ToJsonString());
        var result = await _host.Create<RoutineCheckFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Problem(status, contentType, body, 400, ProblemTypes.Validation, "steps[1].product");
    }

    [Fact]
    public async Task Plan_function_writes_a_calendar_when_asked()
    {
        var request = _host.Request("POST", ValidBody(Endpoints.Plan).ToJsonString());
        request.Headers.Accept = "text/calendar";
        var result = await _host.Create<PlanFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        Assert.StartsWith("text/calendar", contentType);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.Equal(3, body.Split("CATEGORIES:PRODUCT\r\n").Length - 1);
    }

    [Fact]
    public async Task Plan_function_rejects_an_unknown_protocol()
    {
        var request = _host.Request("POST", ValidBody(Endpoints.Plan).Set("protocol", "no-such-protocol").ToJsonString());
        var result = await _host.Create<PlanFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Problem(status, contentType, body, 404, ProblemTypes.NotFound, "protocol");
    }

    [Fact]
    public async Task Plan_function_rejects_a_body_that_is_not_JSON_with_415()
    {
        var request = _host.Request("POST", ValidBody(Endpoints.Plan).ToJsonString(), "text/plain");
        var result = await _host.Create<PlanFunction>().Run(request, CancellationToken.None);
        var (status, contentType, _) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(415, status);
        Assert.Equal("application/problem+json", contentType);
    }

    public void Dispose() => _host.Dispose();
}
