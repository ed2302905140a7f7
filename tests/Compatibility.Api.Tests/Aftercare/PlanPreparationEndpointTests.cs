using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary>
/// <c>POST /api/v1/plan</c> with <c>from</c>: the preparation days before the procedure (negative day numbers) in JSON, in
/// the iCalendar and on the sheet, from the prepare engine; <c>from</c> not before the procedure, too early or malformed is a 400.
/// </summary>
public sealed class PlanPreparationEndpointTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private static JsonObject Plan(string? from)
    {
        var body = new JsonObject
        {
            ["procedure"] = Procedure(),
            ["products"] = new JsonArray(
                Inline("ret", RetinolInci, "Retinol Serum", "serum"),
                Inline("base", "Aqua, Cyclopentasiloxane, Glycerin, Phenoxyethanol", "Liquid Foundation", "foundation"),
                Inline("cream", "Aqua, Glycerin, Squalane, Phenoxyethanol, Lactic Acid", "Daily Cream", "moisturizer")),
        };
        if (from is not null) body["from"] = from;
        return body;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject body, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Endpoints.Plan) { Content = HttpAssert.Json(body.ToJsonString()) };
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return await server.CreateClient().SendAsync(request);
    }

    private async Task<JsonElement> JsonAsync(JsonObject body)
    {
        var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpAssert.JsonAsync(response);
    }

    private static List<(int Day, JsonElement Entry)> Entries(JsonElement plan) =>
        plan.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("entries").EnumerateArray().Select(e => (d.GetProperty("day").GetInt32(), e))).ToList();

    [Fact]
    public async Task Without_from_there_is_no_preparation()
    {
        var plan = await JsonAsync(Plan(null));
        Assert.Equal(JsonValueKind.Null, plan.GetProperty("preparation").ValueKind);
        Assert.All(Entries(plan), e => Assert.True(e.Day >= 0));
    }

    [Fact]
    public async Task From_ten_days_before_gives_the_stops_and_the_advice_on_negative_days()
    {
        // `from` in UTC; the plan is in the procedure's offset (+01:00).
        var plan = await JsonAsync(Plan("2026-11-10T09:00:00Z"));
        var preparation = plan.GetProperty("preparation");
        Assert.Equal("2026-11-10T10:00:00+01:00", preparation.GetProperty("from").GetString());
        var products = preparation.GetProperty("products").EnumerateArray().ToDictionary(p => p.GetProperty("ref").GetString()!);
        Assert.Equal("2026-11-13T10:00:00+01:00", products["ret"].GetProperty("stopAt").GetString());
        Assert.Equal("2026-11-19T10:00:00+01:00", products["base"].GetProperty("stopAt").GetString());
        // Lactic acid after the preservative is a trace: the cream need not stop.
        Assert.Equal(JsonValueKind.Null, products["cream"].GetProperty("stopAt").ValueKind);
        Assert.All(products.Values.SelectMany(p => p.GetProperty("findings").EnumerateArray()), f => Assert.True(f.GetProperty("sources").GetArrayLength() > 0));
        Assert.All(preparation.GetProperty("advice").EnumerateArray(), a => Assert.True(a.GetProperty("sources").GetArrayLength() > 0));

        var entries = Entries(plan);
        var stop = Assert.Single(entries, e => e.Entry.GetProperty("kind").GetString() == "product-stop" && e.Entry.GetProperty("product").GetString() == "ret");
        Assert.Equal(-7, stop.Day);
        Assert.Equal("2026-11-13T10:00:00+01:00", stop.Entry.GetProperty("at").GetString());
        Assert.Equal("2026-11-20T10:00:00+01:00", stop.Entry.GetProperty("until").GetString());
        Assert.Equal(-1, Assert.Single(entries, e => e.Entry.GetProperty("kind").GetString() == "product-stop" && e.Entry.GetProperty("product").GetString() == "base").Day);
        Assert.DoesNotContain(entries, e => e.Entry.GetProperty("kind").GetString() == "product-stop" && e.Entry.GetProperty("product").GetString() == "cream");

        var advice = entries.Where(e => e.Entry.GetProperty("kind").GetString() == "prepare").ToDictionary(e => e.Entry.GetProperty("advice").GetString()!);
        Assert.Equal(-10, advice["isotretinoin"].Day);
        Assert.Equal(-2, advice["cold-sores"].Day);
        var first = plan.GetProperty("days")[0];
        Assert.Equal((-10, "2026-11-10"), (first.GetProperty("day").GetInt32(), first.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task The_calendar_and_the_sheet_carry_the_preparation()
    {
        var calendar = await (await PostAsync(Plan("2026-11-10T10:00:00+01:00"), "text/calendar")).Content.ReadAsStringAsync();
        var unfolded = calendar.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Stop using: Retinol Serum\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:PRODUCT,STOP\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:PREPARATION\r\n", unfolded, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261113T090000Z\r\nDTEND:20261120T090000Z\r\nSUMMARY:Stop using: Retinol Serum", unfolded, StringComparison.Ordinal);

        var sheet = await PostAsync(Plan("2026-11-10T10:00:00+01:00"), "text/html");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        var html = await sheet.Content.ReadAsStringAsync();
        Assert.Contains("<li class=\"day prep\" data-day=\"-7\">", html, StringComparison.Ordinal);
        Assert.Contains("7 days before", html, StringComparison.Ordinal);
        Assert.Contains("Stop using: Retinol Serum", html, StringComparison.Ordinal);
        Assert.Contains("until the procedure", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"2026-11-20T10:00:00+01:00\"")]
    [InlineData("\"2026-11-21T10:00:00+01:00\"")]
    [InlineData("\"2025-11-18T10:00:00+01:00\"")]
    [InlineData("\"2026-11-10T10:00:00\"")]
    [InlineData("\"ten days before\"")]
    [InlineData("10")]
    public async Task A_from_not_before_the_procedure_too_early_or_malformed_is_a_400_naming_from(string from)
    {
        var body = Plan(null);
        body["from"] = JsonNode.Parse(from);
        foreach (var accept in new string?[] { null, "text/calendar", "text/html" })
        {
            await HttpAssert.ProblemAsync(await PostAsync(body, accept), HttpStatusCode.BadRequest, "from");
        }
    }

    [Fact]
    public async Task A_from_exactly_366_days_before_is_accepted_and_days_start_with_the_first_entry()
    {
        var plan = await JsonAsync(Plan("2025-11-19T10:00:00+01:00"));
        Assert.Equal("2025-11-19T10:00:00+01:00", plan.GetProperty("preparation").GetProperty("from").GetString());
        // Only days with entries are listed: the earliest is the isotretinoin advice, 6 months (4,392 h = 183 days) before.
        var first = plan.GetProperty("days")[0];
        Assert.Equal(-183, first.GetProperty("day").GetInt32());
        Assert.Contains(first.GetProperty("entries").EnumerateArray(), e => e.GetProperty("advice").GetString() == "isotretinoin");
    }
}
