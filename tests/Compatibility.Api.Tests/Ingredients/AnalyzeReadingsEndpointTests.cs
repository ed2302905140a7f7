using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Ingredients;

/// <summary>
/// <c>POST /v1/ingredients/analyze</c> shows per entry which reading won and why, for the label shapes of issue 9:
/// brackets and slashes that name a second ingredient, generic names beside INCI names, unknown brackets, glosses,
/// key-ingredient prose and species-only names. Expected values are the catalogue's ids, checked by hand.
/// </summary>
public sealed class AnalyzeReadingsEndpointTests(DevServerFactory factory) : IClassFixture<DevServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Water_with_tretinoin_in_brackets_is_tretinoin_and_water_each_judged()
    {
        var body = await AnalyzeAsync("Water (Tretinoin)");
        var entry = Single(body);

        Assert.Equal("tretinoin", MatchId(entry));
        Assert.Equal(["retinoid"], Strings(entry.GetProperty("match").GetProperty("classes")));
        Assert.Equal(
            ["whole|Water (Tretinoin)|-|no-match", "bracket|Tretinoin|tretinoin|chosen", "outside|Water|water|separate-ingredient"],
            Readings(entry));
        var also = Assert.Single(entry.GetProperty("also").EnumerateArray());
        Assert.Equal("Water", also.GetProperty("text").GetString());
        Assert.Equal("water", MatchId(also));
        Assert.Equal(JsonValueKind.Null, also.GetProperty("percent").ValueKind);
        Assert.Contains("TRETINOIN", entry.GetProperty("ambiguity").GetString());
        Assert.Contains("WATER", entry.GetProperty("ambiguity").GetString());
        Assert.Equal("label", entry.GetProperty("origin").GetString());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("percent").ValueKind);
        Assert.Empty(entry.GetProperty("candidates").EnumerateArray());
        Assert.Equal(1, body.GetProperty("recognized").GetInt32());
        Assert.Equal(["retinoid"], Strings(body.GetProperty("classes")));
        Assert.False(body.GetProperty("incomplete").GetBoolean());
        Assert.Empty(body.GetProperty("dropped").EnumerateArray());
    }

    [Fact]
    public async Task Aqua_slash_retinol_is_retinol_with_aqua_beside_it()
    {
        var entry = Single(await AnalyzeAsync("Aqua/Retinol"));

        Assert.Equal("retinol", MatchId(entry));
        Assert.Equal(["whole|Aqua/Retinol|-|no-match", "part|Retinol|retinol|chosen", "part|Aqua|aqua|separate-ingredient"], Readings(entry));
        Assert.Equal("aqua", MatchId(Assert.Single(entry.GetProperty("also").EnumerateArray())));
    }

    [Fact]
    public async Task Glycerin_with_glycolic_acid_in_brackets_carries_the_percentage()
    {
        var entry = Single(await AnalyzeAsync("Glycerin (Glycolic Acid 10%)"));

        Assert.Equal("glycolic-acid", MatchId(entry));
        Assert.Equal(10m, entry.GetProperty("percent").GetDecimal());
        var glycerin = Assert.Single(entry.GetProperty("also").EnumerateArray());
        Assert.Equal("glycerin", MatchId(glycerin));
        Assert.Equal(JsonValueKind.Null, glycerin.GetProperty("percent").ValueKind); // the 10 % is printed for the bracket
    }

    [Theory]
    [InlineData("Vitamin C (Sodium Ascorbyl Phosphate)", "sodium-ascorbyl-phosphate", "vitamin-c-derivative", "Vitamin C", "ascorbic-acid")]
    [InlineData("BHA (Salicylic Acid)", "salicylic-acid", "bha", "BHA", "bha")]
    public async Task A_generic_name_before_the_inci_name_loses_to_it(string label, string id, string cls, string generic, string genericId)
    {
        var body = await AnalyzeAsync(label);
        var entry = Single(body);

        Assert.Equal(id, MatchId(entry));
        Assert.Equal([cls], Strings(body.GetProperty("classes")));
        var inci = label[(label.IndexOf('(') + 1)..^1];
        Assert.Equal(
            [$"whole|{label}|-|no-match", $"outside|{generic}|{genericId}|generic-name", $"bracket|{inci}|{id}|chosen"],
            Readings(entry));
        Assert.Empty(entry.GetProperty("also").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("ambiguity").ValueKind);
    }

    [Fact]
    public async Task An_unknown_chemical_in_brackets_is_unrecognised()
    {
        var body = await AnalyzeAsync("Water (Zorblexamide Quintate-7)");
        var entry = Single(body);

        Assert.Equal("water", MatchId(entry));
        var also = Assert.Single(entry.GetProperty("also").EnumerateArray());
        Assert.Equal("Zorblexamide Quintate-7", also.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, also.GetProperty("match").ValueKind);
        Assert.Contains("bracket|Zorblexamide Quintate-7|-|unrecognized", Readings(entry));
        Assert.Contains("not recognised", entry.GetProperty("ambiguity").GetString());
        Assert.Equal(0, body.GetProperty("recognized").GetInt32());
        Assert.Equal(1, body.GetProperty("unrecognized").GetInt32());
    }

    [Fact]
    public async Task A_plain_language_bracket_names_the_same_extract()
    {
        var entry = Single(await AnalyzeAsync("Camellia Sinensis Leaf Extract (Green Tea)"));

        Assert.Equal("camellia-sinensis-leaf-extract", MatchId(entry));
        Assert.Equal(
            [
                "whole|Camellia Sinensis Leaf Extract (Green Tea)|-|no-match",
                "bracket|Green Tea|camellia-sinensis-leaf-extract|same-ingredient",
                "outside|Camellia Sinensis Leaf Extract|camellia-sinensis-leaf-extract|chosen",
            ],
            Readings(entry));
        Assert.Empty(entry.GetProperty("also").EnumerateArray());
    }

    [Fact]
    public async Task Key_ingredient_prose_yields_its_actives_from_a_description_and_is_incomplete()
    {
        // The retailer text of issue 9, bullets on one line; "(BHA)" is a generic name, not the antioxidant.
        const string label = "Key ingredients: -4% Glycolic Acid Complex: helps to exfoliate and brighten. -2% Salicylic Acid (BHA): unclogs pores.";
        var body = await AnalyzeAsync(label);
        var entries = body.GetProperty("ingredients").EnumerateArray().ToList();

        Assert.Equal(["glycolic-acid", "salicylic-acid"], entries.Select(MatchId));
        Assert.Equal([4m, 2m], entries.Select(e => e.GetProperty("percent").GetDecimal()));
        Assert.All(entries, e => Assert.Equal("description", e.GetProperty("origin").GetString()));
        Assert.Contains("unqualified|Glycolic Acid|glycolic-acid|chosen", Readings(entries[0]));
        Assert.Equal(["aha", "bha"], Strings(body.GetProperty("classes")));
        Assert.True(body.GetProperty("incomplete").GetBoolean());
        Assert.Equal(
            ["0-18 heading 'Key ingredients: -'", "44-75 prose 'helps to exfoliate and brighten'", "103-116 prose 'unclogs pores'"],
            Dropped(body));
    }

    [Fact]
    public async Task Headings_and_footnotes_are_listed_as_dropped_with_their_offsets()
    {
        var body = await AnalyzeAsync("Ingredients: Aqua, Glycerin*, Retinol. *organic");

        Assert.Equal(["aqua", "glycerin", "retinol"], body.GetProperty("ingredients").EnumerateArray().Select(MatchId));
        Assert.Equal(["0-12 heading 'Ingredients:'", "39-47 footnote '*organic'"], Dropped(body));
        Assert.False(body.GetProperty("incomplete").GetBoolean());
    }

    [Fact]
    public async Task A_species_only_name_lists_its_candidates_instead_of_guessing()
    {
        var entry = Single(await AnalyzeAsync("lavandula angustifolia"));

        Assert.Equal(JsonValueKind.Null, entry.GetProperty("match").ValueKind);
        var candidates = Strings(entry.GetProperty("candidates"));
        Assert.Contains("LAVANDULA ANGUSTIFOLIA OIL", candidates);
        Assert.Contains("LAVANDULA ANGUSTIFOLIA WATER", candidates);
        Assert.Contains("LAVANDULA ANGUSTIFOLIA EXTRACT", candidates);
        Assert.Contains("LAVANDULA ANGUSTIFOLIA OIL", entry.GetProperty("ambiguity").GetString()); // says which readings were possible
        Assert.Equal(["whole|lavandula angustifolia|-|unrecognized"], Readings(entry));
    }

    [Fact]
    public async Task A_plain_entry_has_one_winning_reading_and_nothing_else()
    {
        var entry = Single(await AnalyzeAsync("Niacinamide"));

        Assert.Equal(["whole|Niacinamide|niacinamide|chosen"], Readings(entry));
        Assert.Empty(entry.GetProperty("also").EnumerateArray());
        Assert.Empty(entry.GetProperty("candidates").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, entry.GetProperty("ambiguity").ValueKind);
        Assert.Equal("label", entry.GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Check_findings_say_where_in_the_entry_the_ingredient_was_read()
    {
        var request = AftercareJson.Check("2026-11-21T10:00:00+01:00", AftercareJson.Inline("p", "Water (Tretinoin), Glycerin"));
        var response = await _client.PostAsync("/api/v1/check", HttpAssert.Json(request.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var findings = (await HttpAssert.JsonAsync(response)).GetProperty("products")[0].GetProperty("findings").EnumerateArray().ToList();
        var retinoid = Assert.Single(findings, f => f.GetProperty("class").GetString() == "retinoid");
        Assert.Equal("TRETINOIN", retinoid.GetProperty("ingredient").GetString());
        Assert.Equal("read from the bracket of 'Water (Tretinoin)'", retinoid.GetProperty("readFrom").GetString());
        Assert.Equal(1, retinoid.GetProperty("position").GetInt32());
        Assert.All(findings.Where(f => f.GetProperty("category").ValueKind != JsonValueKind.Null), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("readFrom").ValueKind));
    }

    [Theory]
    [InlineData("Water (Tretinoin)")]
    [InlineData("Aqua/Retinol")]
    [InlineData("Vitamin C (Sodium Ascorbyl Phosphate)")]
    [InlineData("BHA (Salicylic Acid)")]
    [InlineData("Water (Zorblexamide Quintate-7)")]
    [InlineData("Camellia Sinensis Leaf Extract (Green Tea)")]
    [InlineData("lavandula angustifolia")]
    [InlineData("Key ingredients: -4% Glycolic Acid Complex: helps to exfoliate and brighten. -2% Salicylic Acid: unclogs pores.")]
    public async Task The_functions_host_answers_every_shape_as_the_devserver(string inci)
    {
        var json = new JsonObject { ["inci"] = inci }.ToJsonString();
        var devServer = await (await _client.PostAsync("/api/v1/ingredients/analyze", HttpAssert.Json(json))).Content.ReadAsStringAsync();

        using var host = new FunctionHost();
        var request = host.Request("POST", json);
        var result = await host.Create<Compatibility.Functions.Ingredients.AnalyzeIngredientsFunction>().Run(request, CancellationToken.None);
        var (status, _, function) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(devServer), JsonNode.Parse(function)), $"DevServer: {devServer}\nFunction: {function}");
    }

    private async Task<JsonElement> AnalyzeAsync(string inci)
    {
        var response = await _client.PostAsync("/api/v1/ingredients/analyze", HttpAssert.Json(new JsonObject { ["inci"] = inci }.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpAssert.JsonAsync(response);
    }

    private static JsonElement Single(JsonElement body) => Assert.Single(body.GetProperty("ingredients").EnumerateArray());

    private static string? MatchId(JsonElement entry) =>
        entry.GetProperty("match").ValueKind == JsonValueKind.Null ? null : entry.GetProperty("match").GetProperty("id").GetString();

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(c => c.GetString()).ToList();

    // "kind|text|match id or -|outcome" per reading, in the order the analysis gives them.
    private static List<string> Readings(JsonElement entry) =>
        entry.GetProperty("readings").EnumerateArray()
            .Select(r => $"{r.GetProperty("kind").GetString()}|{r.GetProperty("text").GetString()}|{MatchId(r) ?? "-"}|{r.GetProperty("outcome").GetString()}")
            .ToList();

    private static List<string> Dropped(JsonElement body) =>
        body.GetProperty("dropped").EnumerateArray()
            .Select(d => $"{d.GetProperty("start").GetInt32()}-{d.GetProperty("end").GetInt32()} {d.GetProperty("reason").GetString()} '{d.GetProperty("text").GetString()}'")
            .ToList();
}
