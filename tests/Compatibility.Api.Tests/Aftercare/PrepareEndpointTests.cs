using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary><c>POST /api/v1/prepare</c>: stopAt per product from the preparation windows (7 days for a retinoid, 24 h for makeup), at several moments, offsets and across a DST change; its 400s.</summary>
public sealed class PrepareEndpointTests : IDisposable
{
    private readonly ClockedDevServer _server = new();

    private static string Body(string performedAt, string? at) => $$"""
        { "procedure": { "type": "microneedling", "performedAt": "{{performedAt}}" },
          {{(at is null ? "" : $"\"at\": \"{at}\",")}}
          "products": [
            { "ref": "night", "name": "Retinol 0.5% in Squalane", "category": "serum", "inci": "Squalane, Caprylic/Capric Triglyceride, Retinol, BHT" },
            { "ref": "base", "name": "Liquid Foundation", "category": "foundation", "inci": "Aqua, Cyclopentasiloxane, Glycerin, Phenoxyethanol" },
            { "ref": "cream", "category": "moisturizer", "inci": "Aqua, Glycerin, Squalane, Phenoxyethanol, Lactic Acid" } ] }
        """;

    private async Task<HttpResponseMessage> PostAsync(string body) =>
        await _server.Factory.CreateClient().PostAsync(Endpoints.Prepare, HttpAssert.Json(body));

    private async Task<JsonElement> OkAsync(string performedAt, string at)
    {
        var response = await PostAsync(Body(performedAt, at));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpAssert.JsonAsync(response);
    }

    private static JsonElement Product(JsonElement result, string reference) =>
        result.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("ref").GetString() == reference);

    [Theory]
    // 8 days before: everything may still be used.
    [InlineData("2026-11-12T10:00:00+01:00", "allowed", "allowed")]
    // 7 days before exactly: the retinoid stops now; makeup not yet.
    [InlineData("2026-11-13T10:00:00+01:00", "blocked", "allowed")]
    // Just before the day before (24 h): makeup may still be used; from then it stops too.
    [InlineData("2026-11-19T09:59:00+01:00", "blocked", "allowed")]
    [InlineData("2026-11-19T10:00:00+01:00", "blocked", "blocked")]
    [InlineData("2026-11-20T10:00:00+01:00", "blocked", "blocked")]
    public async Task Products_stop_at_their_window_before_the_procedure(string at, string retinol, string foundation)
    {
        var result = await OkAsync("2026-11-20T10:00:00+01:00", at);
        var night = Product(result, "night");
        Assert.Equal(retinol, night.GetProperty("verdict").GetString());
        Assert.Equal("2026-11-13T10:00:00+01:00", night.GetProperty("stopAt").GetString());
        var finding = night.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "retinoid");
        Assert.Equal("2026-11-20T10:00:00+01:00", finding.GetProperty("until").GetString());
        Assert.True(finding.GetProperty("sources").GetArrayLength() > 0);
        Assert.Equal(foundation, Product(result, "base").GetProperty("verdict").GetString());
        Assert.Equal("2026-11-19T10:00:00+01:00", Product(result, "base").GetProperty("stopAt").GetString());

        // Lactic acid after the preservative is a trace: the cream need not stop.
        var cream = Product(result, "cream");
        Assert.Equal("allowed", cream.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, cream.GetProperty("stopAt").ValueKind);

        Assert.Equal(retinol == "blocked" ? "blocked" : "allowed", result.GetProperty("verdict").GetString());
        var advice = result.GetProperty("advice").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Contains("isotretinoin", advice.Keys);
        Assert.Contains("cold-sores", advice.Keys);
        Assert.Contains("blood-thinners", advice.Keys);
        Assert.All(advice.Values, a => Assert.True(a.GetProperty("sources").GetArrayLength() > 0));
    }

    [Theory]
    [InlineData("2026-11-20T10:00:00Z", "2026-11-14T09:00:00Z", "2026-11-13T10:00:00+00:00")]
    [InlineData("2026-11-20T10:00:00-05:00", "2026-11-14T09:00:00-05:00", "2026-11-13T10:00:00-05:00")]
    [InlineData("2026-11-20T10:00:00+05:30", "2026-11-14T09:00:00+05:30", "2026-11-13T10:00:00+05:30")]
    // A procedure on 2027-03-30 in Paris (+02:00) asked about on 2027-03-25 (+01:00, before the DST change): 168 h earlier is 09:00 +01:00.
    [InlineData("2027-03-30T10:00:00+02:00", "2027-03-25T12:00:00+01:00", "2027-03-23T09:00:00+01:00")]
    public async Task StopAt_is_in_the_offset_of_at_and_counts_real_hours(string performedAt, string at, string stopAt)
    {
        var result = await OkAsync(performedAt, at);
        Assert.Equal(stopAt, Product(result, "night").GetProperty("stopAt").GetString());
        Assert.Equal("blocked", Product(result, "night").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task At_after_the_procedure_is_a_400_naming_at()
    {
        var response = await PostAsync(Body("2026-11-20T10:00:00+01:00", "2026-11-20T10:01:00+01:00"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssert.JsonAsync(response)).GetProperty("errors").TryGetProperty("at", out _));
    }

    [Fact]
    public async Task A_procedure_in_the_past_with_at_left_to_now_is_a_400_naming_at()
    {
        var response = await PostAsync(Body("2001-01-01T10:00:00+01:00", null));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await HttpAssert.JsonAsync(response)).GetProperty("errors").TryGetProperty("at", out _));
    }

    [Fact]
    public async Task Bad_at_and_missing_products_are_400s()
    {
        var body = JsonNode.Parse(Body("2026-11-20T10:00:00+01:00", "2026-11-19T10:00:00"))!.AsObject();
        body.Remove("products");
        var response = await PostAsync(body.ToJsonString());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await HttpAssert.JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("at", out _));
        Assert.True(errors.TryGetProperty("products", out _));
    }

    public void Dispose() => _server.Dispose();
}
