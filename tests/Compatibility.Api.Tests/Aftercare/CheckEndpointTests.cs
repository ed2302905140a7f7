using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary><c>POST /api/v1/check</c> through the DevServer: the contract's shape, offsets, "now", unknowns and conflicts.</summary>
public sealed class CheckEndpointTests : IDisposable
{
    // Retinoid and AHA windows are 240 h in the standard protocol (professional band): ten days after 2026-11-20T10:00+01:00.
    private const string TenDaysAfter = "2026-11-30T10:00:00+01:00";

    private readonly ClockedDevServer _server = new();

    private async Task<JsonElement> CheckAsync(JsonObject body)
    {
        var response = await _server.Factory.CreateClient().PostAsync(Endpoints.Check, HttpAssert.Json(body.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return await HttpAssert.JsonAsync(response);
    }

    private static JsonElement Product(JsonElement result, string reference) =>
        result.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("ref").GetString() == reference);

    private static void AssertHasExactly(JsonElement element, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.True(element.TryGetProperty(name, out _), $"missing '{name}' in {element}");
        }
    }

    [Fact]
    public async Task Answers_in_the_contracts_shape_for_inline_and_stored_products()
    {
        var result = await CheckAsync(Check(
            "2026-11-21T10:00:00+01:00",
            Inline("cart-line-1", RetinolInci, "Retinol 0.5% in Squalane", "serum"),
            BySku("cart-line-2", HyaluronicSku),
            Inline("cart-line-3", GlycolicInci, "Glycolic Toner", "toner")));

        AssertHasExactly(result, "verdict", "readyAt", "hoursSinceProcedure", "protocol", "products", "conflicts");
        Assert.Equal("blocked", result.GetProperty("verdict").GetString());
        Assert.Equal(TenDaysAfter, result.GetProperty("readyAt").GetString());
        Assert.Equal(24.0, result.GetProperty("hoursSinceProcedure").GetDouble());
        AssertHasExactly(result.GetProperty("protocol"), "id", "version");
        Assert.Equal("microneedling-standard", result.GetProperty("protocol").GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(result.GetProperty("protocol").GetProperty("version").GetString()));
        Assert.Equal(["cart-line-1", "cart-line-2", "cart-line-3"], result.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("ref").GetString()));

        foreach (var product in result.GetProperty("products").EnumerateArray())
        {
            AssertHasExactly(product, "ref", "name", "verdict", "allowedFrom", "findings", "unrecognized");
            foreach (var item in product.GetProperty("findings").EnumerateArray())
            {
                AssertHasExactly(item, "ingredient", "class", "rule", "verdict", "until", "reason");
            }
        }

        var retinol = Product(result, "cart-line-1");
        Assert.Equal("Retinol 0.5% in Squalane", retinol.GetProperty("name").GetString());
        Assert.Equal("blocked", retinol.GetProperty("verdict").GetString());
        Assert.Equal(TenDaysAfter, retinol.GetProperty("allowedFrom").GetString());
        Assert.Equal(0, retinol.GetProperty("unrecognized").GetArrayLength());
        var finding = retinol.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "retinoid");
        Assert.Equal("RETINOL", finding.GetProperty("ingredient").GetString());
        Assert.Equal("blocked", finding.GetProperty("verdict").GetString());
        Assert.Equal(TenDaysAfter, finding.GetProperty("until").GetString());
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("rule").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("reason").GetString()));

        // By SKU: the stored product's name and label; hyaluronic acid's 8 h are over after 24 h.
        var stored = Product(result, "cart-line-2");
        Assert.Equal("Hyaluronic Acid 2% + B5 30ml", stored.GetProperty("name").GetString());
        Assert.Contains(stored.GetProperty("findings").EnumerateArray(), f => f.GetProperty("class").GetString() == "hyaluronic-acid");
        Assert.DoesNotContain(stored.GetProperty("findings").EnumerateArray(), f => f.GetProperty("class").GetString() == "hyaluronic-acid" && f.GetProperty("verdict").GetString() != "allowed");

        var conflict = Assert.Single(result.GetProperty("conflicts").EnumerateArray());
        AssertHasExactly(conflict, "products", "classes", "reason", "advice");
        Assert.Equal(["cart-line-1", "cart-line-3"], conflict.GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["retinoid", "aha"], conflict.GetProperty("classes").EnumerateArray().Select(p => p.GetString()));
        Assert.False(string.IsNullOrWhiteSpace(conflict.GetProperty("reason").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(conflict.GetProperty("advice").GetString()));
    }

    [Fact]
    public async Task The_protocol_version_is_the_served_protocols()
    {
        var client = _server.Factory.CreateClient();
        var protocol = await HttpAssert.JsonAsync(await client.GetAsync("/api/v1/protocols/microneedling-standard"));

        var result = await CheckAsync(Check("2026-11-21T10:00:00+01:00", Inline("a", HyaluronicInci)));

        Assert.Equal(protocol.GetProperty("version").GetString(), result.GetProperty("protocol").GetProperty("version").GetString());
    }

    [Theory]
    [InlineData("2026-11-21T10:00:00+01:00", "2026-11-30T10:00:00+01:00")]
    [InlineData("2026-11-21T04:00:00-05:00", "2026-11-30T04:00:00-05:00")]
    [InlineData("2026-11-21T09:00:00Z", "2026-11-30T09:00:00+00:00")]
    [InlineData("2026-11-21T14:30:00+05:30", "2026-11-30T14:30:00+05:30")]
    public async Task Timestamps_come_back_in_the_offset_of_at(string at, string expectedUntil)
    {
        var result = await CheckAsync(Check(at, Inline("ret", RetinolInci, category: "serum")));

        Assert.Equal(24.0, result.GetProperty("hoursSinceProcedure").GetDouble());
        Assert.Equal(expectedUntil, result.GetProperty("readyAt").GetString());
        var product = Product(result, "ret");
        Assert.Equal(expectedUntil, product.GetProperty("allowedFrom").GetString());
        Assert.All(
            product.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("until").GetString()).OfType<string>(),
            until => Assert.Equal(DateTimeOffset.Parse(at).Offset, DateTimeOffset.Parse(until).Offset));
    }

    [Fact]
    public async Task Without_at_the_check_is_now_and_answers_in_the_procedures_offset()
    {
        var body = Check("unused", Inline("ret", RetinolInci), Inline("ha", HyaluronicInci));
        body.Without("at");

        var early = await CheckAsync(body);
        var hours = (ClockedDevServer.Start - DateTimeOffset.Parse(PerformedAt)).TotalHours;
        Assert.Equal(hours, early.GetProperty("hoursSinceProcedure").GetDouble());
        Assert.Equal("blocked", early.GetProperty("verdict").GetString());
        Assert.Equal(TenDaysAfter, early.GetProperty("readyAt").GetString());
        Assert.Equal("allowed", Product(early, "ha").GetProperty("verdict").GetString());

        // One minute before the retinoid window ends it still holds; at its end everything is allowed.
        _server.Clock.SetUtcNow(DateTimeOffset.Parse(TenDaysAfter).AddMinutes(-1));
        Assert.Equal("blocked", (await CheckAsync(body)).GetProperty("verdict").GetString());
        _server.Clock.SetUtcNow(DateTimeOffset.Parse(TenDaysAfter));
        var late = await CheckAsync(body);
        Assert.Equal("allowed", late.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, late.GetProperty("readyAt").ValueKind);
        Assert.Equal(240.0, late.GetProperty("hoursSinceProcedure").GetDouble());
        Assert.Equal(JsonValueKind.Null, Product(late, "ret").GetProperty("allowedFrom").ValueKind);
    }

    [Fact]
    public async Task Without_at_a_procedure_in_the_future_is_400()
    {
        var body = Check("unused", Inline("ha", HyaluronicInci));
        body.Without("at");
        body.Set("procedure.performedAt", ClockedDevServer.Start.AddHours(1).ToString("yyyy-MM-dd'T'HH:mm:sszzz"));

        var response = await _server.Factory.CreateClient().PostAsync(Endpoints.Check, HttpAssert.Json(body.ToJsonString()));

        await HttpAssert.ContractProblemAsync(response, HttpStatusCode.BadRequest, ProblemTypes.Validation, "procedure.performedAt");
    }

    [Theory]
    [InlineData("2026-11-21T10:00:00+01:00")]
    [InlineData("2027-11-20T10:00:00+01:00")]
    public async Task An_unknown_ingredient_is_review_and_never_allowed(string at)
    {
        var result = await CheckAsync(Check(at, Inline("odd", "Aqua, Quixotriol Extract 5512, Glycerin")));

        Assert.Equal("review", result.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("readyAt").ValueKind);
        var product = Product(result, "odd");
        Assert.Equal("review", product.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, product.GetProperty("allowedFrom").ValueKind);
        Assert.Contains("Quixotriol Extract 5512", product.GetProperty("unrecognized").EnumerateArray().Select(u => u.GetString()));
        var finding = Assert.Single(product.GetProperty("findings").EnumerateArray(), f => f.GetProperty("verdict").GetString() == "review");
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("until").ValueKind);
    }

    [Theory]
    [InlineData(",,,")]
    [InlineData(".")]
    [InlineData("Ingredients:")]
    [InlineData("-")]
    public async Task A_label_with_no_ingredients_is_never_allowed(string inci)
    {
        var result = await CheckAsync(Check("2027-11-20T10:00:00+01:00", Inline("empty", inci)));

        Assert.Equal("review", Product(result, "empty").GetProperty("verdict").GetString());
        Assert.Equal("review", result.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task A_review_product_outranks_wait_and_allowed_but_not_blocked()
    {
        const string at = "2026-11-21T10:00:00+01:00";
        var withWait = await CheckAsync(Check(at, Inline("odd", "Aqua, Quixotriol Extract 5512"), Inline("nia", NiacinamideInci), Inline("ha", HyaluronicInci)));
        Assert.Equal("review", withWait.GetProperty("verdict").GetString());
        Assert.Equal("wait", Product(withWait, "nia").GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, withWait.GetProperty("readyAt").ValueKind);

        var withBlocked = await CheckAsync(Check(at, Inline("odd", "Aqua, Quixotriol Extract 5512"), Inline("ret", RetinolInci)));
        Assert.Equal("blocked", withBlocked.GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task Hyaluronic_acid_with_niacinamide_is_not_a_conflict()
    {
        var result = await CheckAsync(Check("2026-12-20T10:00:00+01:00", Inline("ha", HyaluronicInci), Inline("nia", NiacinamideInci), BySku("stored", "ORD-NIA10-ZN-30ML")));

        Assert.Equal(0, result.GetProperty("conflicts").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, result.GetProperty("conflicts").ValueKind);
    }

    [Fact]
    public async Task Retinoid_with_glycolic_acid_conflicts_whatever_the_time_since_the_procedure()
    {
        var result = await CheckAsync(Check(
            "2027-01-20T10:00:00+01:00",
            BySku("toner", "ORD-GLY7-240ML"),
            BySku("retinol", "ORD-RET05-SQ-30ML")));

        // Two months on, no timing window holds either product back; the clash stays.
        Assert.All(
            result.GetProperty("products").EnumerateArray().SelectMany(p => p.GetProperty("findings").EnumerateArray()),
            f => Assert.DoesNotContain(f.GetProperty("verdict").GetString(), new[] { "blocked", "wait" }));
        Assert.DoesNotContain(result.GetProperty("verdict").GetString(), new[] { "blocked", "wait" });
        var conflict = Assert.Single(result.GetProperty("conflicts").EnumerateArray());
        Assert.Equal(["toner", "retinol"], conflict.GetProperty("products").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(["aha", "retinoid"], conflict.GetProperty("classes").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_product_without_a_ref_is_named_by_its_position()
    {
        var body = Check("2026-11-21T10:00:00+01:00", Inline("x", RetinolInci), Inline("y", GlycolicInci));
        body.Without("products[0].ref");
        body.Without("products[1].ref");

        var result = await CheckAsync(body);

        Assert.Equal(["1", "2"], result.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("ref").GetString()));
        Assert.Equal(["1", "2"], result.GetProperty("conflicts")[0].GetProperty("products").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task A_label_of_key_ingredients_only_is_judged_by_its_actives_and_stays_review()
    {
        const string description = "Key ingredients: -4% Glycolic Acid Complex: helps to exfoliate and brighten. -2% Salicylic Acid (BHA): unclogs pores.";

        // A day after: both acids block for ten days (240 h); the missing list makes the product undecidable.
        var early = Product(await CheckAsync(Check("2026-11-21T10:00:00+01:00", Inline("pads", description, "Peel Pads", "toner"))), "pads");
        Assert.Equal("blocked", early.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, early.GetProperty("allowedFrom").ValueKind);
        var findings = early.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("ingredient").GetString() == "GLYCOLIC ACID" && f.GetProperty("verdict").GetString() == "blocked");
        Assert.Contains(findings, f => f.GetProperty("ingredient").GetString() == "SALICYLIC ACID" && f.GetProperty("verdict").GetString() == "blocked");
        var incomplete = Assert.Single(findings, f => f.GetProperty("rule").GetString() == "incomplete-label");
        Assert.Equal("review", incomplete.GetProperty("verdict").GetString());

        // Long after every window: still review, never allowed.
        var late = Product(await CheckAsync(Check("2027-01-20T10:00:00+01:00", Inline("pads", description, "Peel Pads", "toner"))), "pads");
        Assert.Equal("review", late.GetProperty("verdict").GetString());
    }

    public void Dispose() => _server.Dispose();
}
