using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary><c>POST /api/v1/routines/check</c> through the DevServer.</summary>
public sealed class RoutineCheckEndpointTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private static JsonObject Step(string product, int day, string slot) => new() { ["product"] = product, ["day"] = day, ["slot"] = slot };

    private static JsonObject Step(string product, string at) => new() { ["product"] = product, ["at"] = at };

    private static JsonObject Routine(JsonArray steps, string? nextSessionAt = null)
    {
        var body = new JsonObject { ["procedure"] = Procedure(), ["products"] = ThreeProducts(), ["steps"] = steps };
        if (nextSessionAt is not null) body["nextSessionAt"] = nextSessionAt;
        return body;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject body) =>
        await server.CreateClient().PostAsync(Endpoints.Routine, HttpAssert.Json(body.ToJsonString()));

    private async Task<JsonElement> CheckAsync(JsonObject body)
    {
        var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpAssert.JsonAsync(response);
    }

    [Fact]
    public async Task Each_step_is_judged_at_its_own_moment()
    {
        var result = await CheckAsync(Routine(
        [
            Step("ha", 0, "pm"),
            Step("ret", 1, "pm"),
            Step("ret", "2026-11-30T09:59:00+01:00"),
            Step("ret", "2026-11-30T04:00:00-05:00"),
            Step("gly", 12, "am"),
        ]));

        var steps = result.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2, 3, 4], steps.Select(s => s.GetProperty("step").GetInt32()));
        Assert.Equal(["allowed", "blocked", "blocked", "allowed", "allowed"], steps.Select(s => s.GetProperty("verdict").GetString()));

        // Day/slot steps sit at 20:00 / 08:00 local on that day in the procedure's offset.
        Assert.Equal("2026-11-20T20:00:00+01:00", steps[0].GetProperty("at").GetString());
        Assert.Equal(0, steps[0].GetProperty("day").GetInt32());
        Assert.Equal("pm", steps[0].GetProperty("slot").GetString());
        Assert.Equal("2026-11-21T20:00:00+01:00", steps[1].GetProperty("at").GetString());
        Assert.Equal("2026-11-30T10:00:00+01:00", steps[1].GetProperty("allowedFrom").GetString());
        Assert.Equal("2026-12-02T08:00:00+01:00", steps[4].GetProperty("at").GetString());

        // A timestamp step keeps its own offset, and is placed in a day and slot of the procedure's calendar.
        Assert.Equal("2026-11-30T10:00:00+01:00", steps[2].GetProperty("allowedFrom").GetString());
        Assert.Equal("2026-11-30T04:00:00-05:00", steps[3].GetProperty("at").GetString());
        Assert.Equal(10, steps[3].GetProperty("day").GetInt32());
        Assert.Equal("am", steps[3].GetProperty("slot").GetString());
        Assert.Equal(JsonValueKind.Null, steps[3].GetProperty("allowedFrom").ValueKind);

        Assert.Equal("blocked", result.GetProperty("verdict").GetString());
        Assert.Equal("microneedling-standard", result.GetProperty("protocol").GetProperty("id").GetString());
        // Each product's findings once; a step points at the ones that still hold at its moment.
        var products = result.GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("ref").GetString()!);
        Assert.All(products.Values, p => Assert.Equal(JsonValueKind.Array, p.GetProperty("unrecognized").ValueKind));
        var retFindings = products["ret"].GetProperty("findings").EnumerateArray().ToList();
        var holding = steps[1].GetProperty("holding").EnumerateArray().Select(i => retFindings[i.GetInt32()]).ToList();
        Assert.Contains(holding, f => f.GetProperty("class").GetString() == "retinoid" && f.GetProperty("sources").GetArrayLength() > 0);
        Assert.Equal(0, steps[3].GetProperty("holding").GetArrayLength());
        Assert.All(steps, s => Assert.False(s.TryGetProperty("findings", out _)));
        Assert.Equal(0, result.GetProperty("conflicts").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("nextSession").ValueKind);
    }

    [Fact]
    public async Task Products_in_the_same_slot_conflict_and_in_other_slots_do_not()
    {
        var result = await CheckAsync(Routine(
        [
            Step("ret", 12, "pm"),
            Step("ha", 12, "pm"),
            Step("gly", "2026-12-02T21:30:00+01:00"),
            Step("gly", 13, "am"),
            Step("ret", 13, "pm"),
        ]));

        var conflict = Assert.Single(result.GetProperty("conflicts").EnumerateArray());
        var slot = Assert.Single(conflict.GetProperty("slots").EnumerateArray());
        Assert.Equal(12, slot.GetProperty("day").GetInt32());
        Assert.Equal("pm", slot.GetProperty("slot").GetString());
        Assert.Equal([0, 2], slot.GetProperty("steps").EnumerateArray().Select(s => s.GetInt32()));
        Assert.Equal(["ret", "gly"], conflict.GetProperty("products").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["retinoid", "aha"], conflict.GetProperty("classes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(conflict.GetProperty("reason").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(conflict.GetProperty("advice").GetString()));
        Assert.Equal("allowed", result.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_pair_used_together_every_evening_is_one_conflict_whose_text_is_given_once()
    {
        var steps = new JsonArray();
        for (var day = 12; day < 40; day++)
        {
            steps.Add(Step("ret", day, "pm"));
            steps.Add(Step("gly", day, "pm"));
        }

        var response = await PostAsync(Routine(steps));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var result = JsonDocument.Parse(text).RootElement;
        var conflict = Assert.Single(result.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("retinoid-with-acids", conflict.GetProperty("rule").GetString());
        Assert.Equal(28, conflict.GetProperty("slots").GetArrayLength());
        Assert.True(conflict.GetProperty("sources").GetArrayLength() > 0);
        var reason = conflict.GetProperty("reason").GetString()!;
        // The text up to its first character a JSON writer may escape.
        var plain = reason.IndexOfAny(['\'', '"', '<', '>', '&', '+']) is var cut and > 0 ? reason[..cut] : reason;
        Assert.True(plain.Length > 20, plain);
        Assert.Equal(1, CountOf(plain, text));
    }

    private static int CountOf(string needle, string haystack)
    {
        var count = 0;
        for (var i = haystack.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(needle, i + needle.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    [Theory]
    [InlineData("2026-12-10T10:00:00+01:00", "blocked")]
    [InlineData("2026-12-18T09:59:00+01:00", "blocked")]
    [InlineData("2026-12-18T10:00:00+01:00", "allowed")]
    [InlineData("2027-01-01T10:00:00+01:00", "allowed")]
    [InlineData("2027-03-01T10:00:00+01:00", "allowed")]
    public async Task A_next_session_sooner_than_28_days_is_blocked(string nextSessionAt, string verdict)
    {
        var result = await CheckAsync(Routine([Step("ha", 1, "am")], nextSessionAt));

        var next = result.GetProperty("nextSession");
        Assert.Equal(verdict, next.GetProperty("verdict").GetString());
        Assert.Equal(nextSessionAt, next.GetProperty("at").GetString());
        Assert.Equal("2026-12-18T10:00:00+01:00", next.GetProperty("earliestAt").GetString());
        Assert.False(string.IsNullOrWhiteSpace(next.GetProperty("reason").GetString()));
        Assert.Equal(verdict, result.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_step_naming_an_unknown_product_is_400_naming_the_step()
    {
        var response = await PostAsync(Routine([Step("ha", 1, "am"), Step("not-in-products", 1, "pm")]));

        var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "steps[1].product");
        Assert.False(problem.GetProperty("errors").TryGetProperty("steps[0].product", out _));
    }

    [Theory]
    [InlineData("noon", "steps[0].slot")]
    [InlineData("", "steps[0].slot")]
    public async Task A_bad_slot_is_400(string slot, string field)
    {
        var response = await PostAsync(Routine([Step("ha", 1, slot)]));

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, field);
    }

    [Theory]
    [InlineData("""{"product":"ha"}""", "steps[0]")]
    [InlineData("""{"product":"ha","day":1}""", "steps[0]")]
    [InlineData("""{"product":"ha","day":1,"slot":"am","at":"2026-11-21T08:00:00+01:00"}""", "steps[0]")]
    [InlineData("""{"product":"ha","day":-1,"slot":"am"}""", "steps[0].day")]
    [InlineData("""{"product":"ha","day":366,"slot":"am"}""", "steps[0].day")]
    [InlineData("""{"day":1,"slot":"am"}""", "steps[0].product")]
    [InlineData("""{"product":"ha","day":"one","slot":"am"}""", "steps[0].day")]
    [InlineData("""{"product":"ha","day":1,"slot":1}""", "steps[0].slot")]
    [InlineData("null", "steps[0]")]
    public async Task A_bad_step_is_400_naming_it(string step, string field)
    {
        var body = Routine([]);
        body["steps"] = new JsonArray(JsonNode.Parse(step));

        var response = await PostAsync(body);

        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Over_200_steps_is_400()
    {
        var steps = new JsonArray(Enumerable.Range(0, ApiLimits.MaxRoutineSteps + 1).Select(i => (JsonNode)Step("ha", i % 300, "am")).ToArray());

        var response = await PostAsync(Routine(steps));

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "steps");
    }
}
