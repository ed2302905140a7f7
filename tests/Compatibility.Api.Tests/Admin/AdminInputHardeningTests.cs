using System.Net;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Tests.Admin;

/// <summary>
/// Issue 11, admin input: every hostile header, number, null, key or length is a 400/412 problem before anything
/// is written, and nothing stored can take the public routes down. DevServer over a real Azurite.
/// </summary>
public sealed class AdminInputHardeningTests(StorageDevServer server) : IClassFixture<StorageDevServer>
{
    private const string Check = """
        {"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"at":"2026-11-21T10:00:00+01:00",
         "products":[{"ref":"a","sku":"ORD-HA-B5-30ML"}]}
        """;

    private static HttpRequestMessage Send(HttpMethod method, string url, string? json = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = HttpAssert.Json(json);
        }

        if (ifMatch is not null)
        {
            Assert.True(request.Headers.TryAddWithoutValidation("If-Match", ifMatch));
        }

        return request;
    }

    private static JsonNode Standard() =>
        JsonNode.Parse(EmbeddedProtocolDocuments.Load().Single(p => p.Id == EmbeddedProtocols.StandardId).Json)!;

    public static TheoryData<string> MalformedIfMatch => new()
    {
        "garbage", "W/*", "'", "\"unterminated", "\"a\" \"b\"", "W/", "\"a\",garbage", new string('x', 8_000),
        "\"" + new string('x', 8_000) + "\"",
    };

    [Theory]
    [MemberData(nameof(MalformedIfMatch))]
    public async Task A_malformed_if_match_is_a_400_naming_the_header_on_every_admin_write(string ifMatch)
    {
        var client = server.AdminClient();
        var protocol = Standard();
        protocol["id"] = "if-match-protocol";
        var writes = new[]
        {
            Send(HttpMethod.Put, "/api/v1/products/ORD-HA-B5-30ML", """{"name":"n","inci":"Aqua"}""", ifMatch),
            Send(HttpMethod.Delete, "/api/v1/products/ORD-HA-B5-30ML", ifMatch: ifMatch),
            Send(HttpMethod.Put, "/api/v1/ingredients/water", """{"inciName":"WATER"}""", ifMatch),
            Send(HttpMethod.Delete, "/api/v1/ingredients/water", ifMatch: ifMatch),
            Send(HttpMethod.Put, "/api/v1/protocols/microneedling-standard", Standard().ToJsonString(), ifMatch),
            Send(HttpMethod.Delete, "/api/v1/protocols/microneedling-standard", ifMatch: ifMatch),
        };

        foreach (var write in writes)
        {
            await HttpAssert.ProblemAsync(await client.SendAsync(write), HttpStatusCode.BadRequest, "If-Match");
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/products/ORD-HA-B5-30ML")).StatusCode);
    }

    [Fact]
    public async Task If_match_compares_weakly_takes_a_list_and_answers_412_for_a_tag_that_matches_nothing()
    {
        var client = server.AdminClient();
        const string url = "/api/v1/products/IFMATCH-1";
        var created = await client.SendAsync(Send(HttpMethod.Put, url, """{"name":"one","inci":"Aqua"}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var weak = created.Headers.ETag!.ToString();
        Assert.StartsWith("W/\"", weak);
        var strong = weak[2..];

        // An empty tag and an unrelated list are valid headers that match nothing: 412 with the current ETag.
        foreach (var stale in new[] { "\"\"", "\"a\", W/\"b\"" })
        {
            var refused = await client.SendAsync(Send(HttpMethod.Put, url, """{"name":"two","inci":"Aqua"}""", stale));
            await HttpAssert.ProblemAsync(refused, HttpStatusCode.PreconditionFailed);
            Assert.Equal(weak, refused.Headers.ETag!.ToString());
        }

        // The strong form of the current tag matches (weak comparison), also inside a list.
        var byStrong = await client.SendAsync(Send(HttpMethod.Put, url, """{"name":"two","inci":"Aqua"}""", strong));
        Assert.Equal(HttpStatusCode.OK, byStrong.StatusCode);
        var current = byStrong.Headers.ETag!.ToString();
        var byList = await client.SendAsync(Send(HttpMethod.Put, url, """{"name":"three","inci":"Aqua"}""", $"\"old\", {current}"));
        Assert.Equal(HttpStatusCode.OK, byList.StatusCode);
        Assert.Equal("three", (await HttpAssert.JsonAsync(await client.GetAsync(url))).GetProperty("name").GetString());

        await HttpAssert.ProblemAsync(await client.SendAsync(Send(HttpMethod.Delete, url, ifMatch: current)), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(Send(HttpMethod.Delete, url, ifMatch: "\"x\", " + byList.Headers.ETag))).StatusCode);
    }

    public static TheoryData<string, string> UncomputableProtocols => new()
    {
        { "$.windows[0].hours", "1e9" },
        { "$.windows[0].hours", "-1" },
        { "$.depthBands[0].scale", "1e300" },
        { "$.sessionSpacing.minimumDays", "2000000000" },
        { "$.sessionSpacing.recommendedMaxDays", "2000000000" },
        { "$.advice[0].hours", "1e9" },
        { "$.windows[0].kind", "5" },
        { "$.advice[0].kind", "1" },
        { "$.windows[0]", "null" },
        { "$.depthBands[0]", "null" },
        { "$.advice[0]", "null" },
        { "$.sources[0]", "null" },
        { "$.windows[0].sources[0]", "null" },
    };

    [Theory]
    [MemberData(nameof(UncomputableProtocols))]
    public async Task A_protocol_the_engine_cannot_compute_with_is_refused_even_over_the_default_and_checks_keep_answering(string path, string value)
    {
        var client = server.AdminClient();
        var protocol = Standard();
        Set(protocol, path, JsonNode.Parse(value));

        var put = await client.SendAsync(Send(HttpMethod.Put, "/api/v1/protocols/microneedling-standard", protocol.ToJsonString(), "*"));
        await HttpAssert.ProblemAsync(put, HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/v1/check", HttpAssert.Json(Check))).StatusCode);
        var health = await HttpAssert.JsonAsync(await client.GetAsync("/api/health"));
        Assert.Equal("healthy", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_protocol_with_a_member_given_twice_is_a_400_naming_it()
    {
        var client = server.AdminClient();
        var json = Standard().ToJsonString();
        var twice = "{\"name\":\"first\"," + json[1..];

        await HttpAssert.ProblemAsync(await client.SendAsync(Send(HttpMethod.Put, "/api/v1/protocols/microneedling-standard", twice, "*")), HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task Synonym_lengths_are_counted_as_stored_so_escaped_text_past_64_KiB_is_a_400_not_a_500()
    {
        var client = server.AdminClient();
        // 100 × 300 characters pass the raw limits; stored as JSON each é takes six characters (\u00E9): 180,000.
        var synonyms = string.Join(",", Enumerable.Range(0, 100).Select(i => $"\"{new string('é', 296)}{i:D3}\""));
        var put = await client.PutAsync("/api/v1/ingredients/escaped-long", HttpAssert.Json($$"""{"inciName":"ESCAPED LONG","synonyms":[{{synonyms}}]}"""));
        await HttpAssert.ProblemAsync(put, HttpStatusCode.BadRequest, "synonyms");

        var quotes = string.Join(",", Enumerable.Range(0, 100).Select(i => $"\"{new string('<', 296)}{i:D3}\""));
        await HttpAssert.ProblemAsync(await client.PutAsync("/api/v1/ingredients/escaped-long", HttpAssert.Json($$"""{"inciName":"ESCAPED LONG","synonyms":[{{quotes}}]}""")), HttpStatusCode.BadRequest, "synonyms");

        var modest = await client.PutAsync("/api/v1/ingredients/escaped-short", HttpAssert.Json("""{"inciName":"ESCAPED SHORT","synonyms":["crème <pure>"]}"""));
        Assert.Equal(HttpStatusCode.Created, modest.StatusCode);
    }

    [Fact]
    public async Task Skus_are_trimmed_and_refused_when_decomposed_so_the_public_routes_find_them()
    {
        var client = server.AdminClient();
        var put = await client.PutAsync("/api/v1/products/%20%20TRIM-Caf%C3%A9%20", HttpAssert.Json("""{"name":"Trimmed","inci":"Aqua"}"""));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal("TRIM-Caf\u00E9", (await HttpAssert.JsonAsync(put)).GetProperty("sku").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/products/TRIM-Caf%C3%A9")).StatusCode);

        // The decomposed spelling (e + U+0301) would be a second, look-alike SKU: refused.
        await HttpAssert.ProblemAsync(await client.PutAsync("/api/v1/products/TRIM-Cafe%CC%81", HttpAssert.Json("""{"name":"n","inci":"Aqua"}""")), HttpStatusCode.BadRequest, "sku");

        var check = """{"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"at":"2026-11-21T10:00:00+01:00","products":[{"ref":"a","sku":" TRIM-Caf\u00E9 "}]}""";
        Assert.True(await EventuallyAsync(async () => (await client.PostAsync("/api/v1/check", HttpAssert.Json(check))).StatusCode == HttpStatusCode.OK));
    }

    public static TheoryData<string> InvisibleSkus => new()
    {
        "BIDI%E2%80%AEX", "ZERO%E2%80%8BWIDTH", "BOM%EF%BB%BF1", "%EF%BC%A1%EF%BC%A2", "LS%E2%80%A8X", "NEL%C2%85X", "BEL%07X",
    };

    [Theory]
    [MemberData(nameof(InvisibleSkus))]
    public async Task Skus_with_control_bidi_zero_width_or_fullwidth_characters_are_refused(string encodedSku)
    {
        var client = server.AdminClient();
        var put = await client.PutAsync("/api/v1/products/" + encodedSku, HttpAssert.Json("""{"name":"n","inci":"Aqua"}"""));
        await HttpAssert.ProblemAsync(put, HttpStatusCode.BadRequest, "sku");
    }

    [Fact]
    public async Task A_second_ingredient_under_a_name_the_catalogue_already_resolves_is_refused()
    {
        var client = server.AdminClient();

        await HttpAssert.ProblemAsync(await client.PutAsync("/api/v1/ingredients/water-2", HttpAssert.Json("""{"inciName":"WATER"}""")), HttpStatusCode.BadRequest, "inciName");
        await HttpAssert.ProblemAsync(await client.PutAsync("/api/v1/ingredients/water-3", HttpAssert.Json("""{"inciName":"deionized water"}""")), HttpStatusCode.BadRequest, "inciName");
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        // "$.a[0].b" → walk to the parent, then replace the last step.
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        for (var i = 0; i < steps.Length - 1; i++)
        {
            node = Step(node, steps[i]);
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            node.AsArray()[int.Parse(last[1..^1], System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }
    }

    private static JsonNode Step(JsonNode node, string step) =>
        step.StartsWith('[') ? node.AsArray()[int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture)]! : node[step]!;

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }
}
