using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary><c>POST /api/v1/plan</c> through the DevServer: the JSON timeline, and the same plan as iCalendar.</summary>
public sealed class PlanEndpointTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private static JsonObject Plan() => new()
    {
        ["procedure"] = Procedure(),
        ["products"] = new JsonArray(
            Inline("ret", RetinolInci, "Retinol Serum", "serum"),
            BySku("ha", HyaluronicSku),
            Inline("odd", "Aqua, Quixotriol Extract 5512")),
    };

    private async Task<HttpResponseMessage> PostAsync(string? accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoints.Plan) { Content = HttpAssert.Json(Plan().ToJsonString()) };
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await server.CreateClient().SendAsync(request);
    }

    private async Task<JsonElement> JsonPlanAsync()
    {
        var response = await PostAsync(null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await HttpAssert.JsonAsync(response);
    }

    private static List<JsonElement> Entries(JsonElement plan) =>
        plan.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("entries").EnumerateArray()).ToList();

    [Fact]
    public async Task The_timeline_says_when_each_product_starts()
    {
        var plan = await JsonPlanAsync();

        Assert.Equal("microneedling-standard", plan.GetProperty("protocol").GetProperty("id").GetString());
        Assert.Equal("professional", plan.GetProperty("depthBand").GetString());
        var products = plan.GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("ref").GetString()!);
        Assert.Equal("blocked", products["ret"].GetProperty("verdict").GetString());
        Assert.Equal("2026-11-30T10:00:00+01:00", products["ret"].GetProperty("startsAt").GetString());
        Assert.Equal(10, products["ret"].GetProperty("startsDay").GetInt32());
        Assert.Equal("Hyaluronic Acid 2% + B5 30ml", products["ha"].GetProperty("name").GetString());
        Assert.Equal("review", products["odd"].GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, products["odd"].GetProperty("startsAt").ValueKind);

        var entries = Entries(plan);
        var retinolStart = Assert.Single(entries, e => e.GetProperty("kind").GetString() == "product-start" && e.GetProperty("product").GetString() == "ret");
        Assert.Equal("2026-11-30T10:00:00+01:00", retinolStart.GetProperty("at").GetString());
        Assert.Single(entries, e => e.GetProperty("kind").GetString() == "product-start" && e.GetProperty("product").GetString() == "ha");
        Assert.Single(entries, e => e.GetProperty("kind").GetString() == "product-review" && e.GetProperty("product").GetString() == "odd");
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "avoid");
        Assert.Single(entries, e => e.GetProperty("kind").GetString() == "next-session");

        // Days are in order, numbered from the procedure's day, each with its date.
        var days = plan.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(days.Select(d => d.GetProperty("day").GetInt32()).Order(), days.Select(d => d.GetProperty("day").GetInt32()));
        var tenth = days.Single(d => d.GetProperty("day").GetInt32() == 10);
        Assert.Equal("2026-11-30", tenth.GetProperty("date").GetString());

        Assert.Equal("2026-12-18T10:00:00+01:00", plan.GetProperty("nextSession").GetProperty("earliest").GetString());
        Assert.Equal("2027-01-01T10:00:00+01:00", plan.GetProperty("nextSession").GetProperty("latest").GetString());
    }

    [Theory]
    [InlineData("text/calendar")]
    [InlineData("text/calendar, application/json;q=0.5")]
    [InlineData("application/json;q=0.9, text/calendar")]
    public async Task With_Accept_text_calendar_the_plan_is_an_iCalendar_file(string accept)
    {
        var plan = await JsonPlanAsync();
        var response = await PostAsync(accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", body.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", body.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var events = body.Split("BEGIN:VEVENT\r\n")[1..];
        Assert.Equal(body.Split("END:VEVENT\r\n").Length - 1, events.Length);
        var productStarts = Entries(plan).Count(e => e.GetProperty("kind").GetString() == "product-start");
        Assert.Equal(productStarts, events.Count(e => e.Contains("CATEGORIES:PRODUCT\r\n", StringComparison.Ordinal)));
        Assert.Equal(2, productStarts);

        // The retinol start, in UTC: 2026-11-30T10:00+01:00.
        Assert.Contains(events, e => e.Contains("DTSTART:20261130T090000Z\r\n", StringComparison.Ordinal) && e.Contains("CATEGORIES:PRODUCT\r\n", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Contains("UID:", e, StringComparison.Ordinal));
        Assert.All(body.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData("application/json, text/calendar;q=0.5")]
    public async Task Otherwise_the_plan_is_JSON(string? accept)
    {
        var response = await PostAsync(accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(JsonValueKind.Array, (await HttpAssert.JsonAsync(response)).GetProperty("days").ValueKind);
    }

    [Fact]
    public async Task A_bad_plan_request_asking_for_a_calendar_still_gets_a_problem()
    {
        var body = Plan();
        body.Without("procedure");
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoints.Plan) { Content = HttpAssert.Json(body.ToJsonString()) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/calendar"));

        var response = await server.CreateClient().SendAsync(request);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "procedure");
    }
}
