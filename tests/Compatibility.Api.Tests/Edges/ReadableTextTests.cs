using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Aftercare;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// Product names and refs (and the sheet's clinic texts) with controls, line separators or bidi overrides are refused
/// with a 400 naming the field, on both hosts: they would otherwise reach iCalendar lines and the printed sheet.
/// </summary>
public sealed class ReadableTextTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private readonly FunctionHost _functions = new();

    public static TheoryData<string> Hostile => new() { "Night\u0000Serum", "Night\u000BSerum", "Night\u000CSerum", "Night\u0085Serum", "Night\u2028Serum", "Night\u2029Serum", "Night\u202ESerum", "Night\u2066Serum", "Night\nSerum" };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task DevServer_refuses_them_in_a_name_and_a_ref_on_every_aftercare_endpoint(string text)
    {
        foreach (var endpoint in (string[])[.. Endpoints.All, Endpoints.Prepare])
        {
            var body = Body(endpoint);
            body.Set("products[1].name", text).Set("products[2].ref", text);
            var response = await factory.CreateClient().PostAsync(endpoint, HttpAssert.Json(body.ToJsonString()));

            var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "products[1].name");
            Assert.True(problem.GetProperty("errors").TryGetProperty("products[2].ref", out _), $"{endpoint}: {problem}");
        }
    }

    [Fact]
    public async Task DevServer_refuses_them_in_the_clinic_texts_of_a_sheet()
    {
        var body = ValidBody(Endpoints.Plan);
        body["clinic"] = new JsonObject { ["name"] = "Clinic\u202Eevil", ["phone"] = "+49\u0000 30" };
        var response = await factory.CreateClient().PostAsync(Endpoints.Plan, HttpAssert.Json(body.ToJsonString()));

        var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "clinic.name");
        Assert.True(problem.GetProperty("errors").TryGetProperty("clinic.phone", out _), problem.ToString());
    }

    [Fact]
    public async Task DevServer_keeps_ordinary_international_names()
    {
        var body = ValidBody(Endpoints.Check).Set("products[0].name", "Crème de nuit — ناعم 🌙");
        var response = await factory.CreateClient().PostAsync(Endpoints.Check, HttpAssert.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Crème de nuit — ناعم 🌙", (await HttpAssert.JsonAsync(response)).GetProperty("products")[0].GetProperty("name").GetString());
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Functions_plan_refuses_them_before_writing_a_calendar(string text)
    {
        var request = _functions.Request("POST", ValidBody(Endpoints.Plan).Set("products[0].name", text).Set("products[1].ref", text).ToJsonString());
        request.Headers.Accept = "text/calendar";
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(await _functions.Create<PlanFunction>().Run(request, CancellationToken.None), request);

        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", contentType);
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("products[0].name", out _), body);
        Assert.True(errors.TryGetProperty("products[1].ref", out _), body);
    }

    [Fact]
    public async Task Functions_check_refuses_a_bidi_override_in_a_name()
    {
        var request = _functions.Request("POST", ValidBody(Endpoints.Check).Set("products[0].name", "abc\u202Edef").ToJsonString());
        var (status, _, body) = await FunctionHost.ExecuteAsync(await _functions.Create<CheckFunction>().Run(request, CancellationToken.None), request);

        Assert.Equal(400, status);
        Assert.Contains("U+202E", JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("products[0].name")[0].GetString(), StringComparison.Ordinal);
    }

    private static JsonObject Body(string endpoint) => endpoint == Endpoints.Prepare
        ? new JsonObject { ["procedure"] = Procedure(), ["at"] = "2026-11-10T10:00:00+01:00", ["products"] = ThreeProducts() }
        : ValidBody(endpoint);

    public void Dispose() => _functions.Dispose();
}
