using System.Net;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary>Inputs at the edges of what parses (the end of time, odd offsets): never a 5xx.</summary>
public sealed class ExtremeInputTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var endpoint in Endpoints.All)
        {
            data.Add(endpoint, "procedure.performedAt=9999-12-31T00:00:00+14:00");
            data.Add(endpoint, "procedure.performedAt=9999-12-20T00:00:00+00:00");
            data.Add(endpoint, "procedure.performedAt=0001-01-01T00:00:00-14:00");
            data.Add(endpoint, "procedure.performedAt=2026-11-20T10:00:00+15:00");
            data.Add(endpoint, "procedure.performedAt=2026-13-40T10:00:00+01:00");
            data.Add(endpoint, "procedure.needleDepthMm=1e308");
            data.Add(endpoint, "procedure.needleDepthMm=0");
        }

        data.Add(Endpoints.Check, "at=9999-12-31T23:59:59+00:00");
        data.Add(Endpoints.Routine, "steps[1].at=9999-12-31T23:59:59+00:00");
        data.Add(Endpoints.Routine, "nextSessionAt=9999-12-31T23:59:59+00:00");
        data.Add(Endpoints.Routine, "steps[0].day=2147483647");
        return data;
    }

    [Theory]
    [InlineData(Endpoints.Check, "procedure.performedAt")]
    [InlineData(Endpoints.Check, "at")]
    [InlineData(Endpoints.Routine, "procedure.performedAt")]
    [InlineData(Endpoints.Routine, "nextSessionAt")]
    [InlineData(Endpoints.Routine, "steps[1].at")]
    [InlineData(Endpoints.Plan, "procedure.performedAt")]
    public async Task A_timestamp_at_the_end_of_time_is_400_naming_it(string endpoint, string path)
    {
        var body = ValidBody(endpoint).Set(path, "9999-12-31T00:00:00+14:00");

        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(body.ToJsonString()));

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, Compatibility.Api.Http.ProblemTypes.Validation, path);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Extreme_values_are_answered_without_a_server_error(string endpoint, string change)
    {
        var (path, value) = (change[..change.IndexOf('=')], change[(change.IndexOf('=') + 1)..]);
        var body = ValidBody(endpoint).Set(path, JsonNode.Parse(value.StartsWith('1') || value == "0" || value.StartsWith('2') && !value.Contains('-') ? value : $"\"{value}\""));
        if (endpoint == Endpoints.Check && path == "procedure.performedAt") body.Set("at", value);

        var response = await server.CreateClient().PostAsync(endpoint, HttpAssert.Json(body.ToJsonString()));

        Assert.True((int)response.StatusCode < 500, $"{endpoint} {change}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        }
    }
}
