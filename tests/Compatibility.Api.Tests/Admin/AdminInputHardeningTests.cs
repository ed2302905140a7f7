using System.Net;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AdminRequests;

namespace Compatibility.Api.Tests.Admin;

/// <summary>
/// Issue 11, admin input: every hostile header, number, null, key or length is a 400/412 problem before anything is
/// written, and nothing the admin routes accept can take the public routes down. Each test runs on the DevServer and on
/// the Functions app, each over its own real Azurite.
/// </summary>
[Collection(BothStorageHostsCollection.Name)]
public sealed class AdminInputHardeningTests(BothStorageHosts hosts)
{
    public static TheoryData<string> Hosts => new() { BothStorageHosts.DevServer, BothStorageHosts.Functions };

    /// <summary>The issue's list (garbage, <c>W/*</c>, <c>'</c>, a broken list, 8,000 characters) and other malformed forms.</summary>
    private static readonly string[] MalformedIfMatch =
    [
        "garbage", "W/*", "'", "\"unterminated", "\"a\" \"b\"", "W/", "\"a\",garbage", "W/\"a\" W/\"b\"", "**", "\"a\"\"b\"",
        "\"with space\"", "\"tab\tinside\"", "*, \"a\"", new string('x', 8_000), "\"" + new string('x', 8_000) + "\"",
    ];

    private static string Unique(string prefix, string host) => $"{prefix}-{host}-{Guid.NewGuid():N}"[..(prefix.Length + host.Length + 10)];

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_malformed_if_match_is_a_400_naming_the_header_on_every_admin_write_and_changes_nothing(string name)
    {
        var host = hosts[name];
        var writes = new (HttpMethod Method, string Url, string? Json)[]
        {
            (HttpMethod.Put, $"/api/v1/products/{SeededSku}", """{"name":"n","inci":"Aqua"}"""),
            (HttpMethod.Delete, $"/api/v1/products/{SeededSku}", null),
            (HttpMethod.Put, "/api/v1/ingredients/water", """{"inciName":"WATER"}"""),
            (HttpMethod.Delete, "/api/v1/ingredients/water", null),
            (HttpMethod.Put, "/api/v1/protocols/microneedling-standard", Standard().ToJsonString()),
            (HttpMethod.Delete, "/api/v1/protocols/microneedling-standard", null),
        };

        foreach (var ifMatch in MalformedIfMatch)
        {
            foreach (var (method, url, json) in writes)
            {
                using var response = await host.SendAsync(Request(method, url, json, ifMatch));
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name} {method} {url} If-Match '{ifMatch[..Math.Min(20, ifMatch.Length)]}': {(int)response.StatusCode}");
                await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "If-Match");
            }
        }

        using var product = await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/products/{SeededSku}"));
        Assert.NotEqual("n", (await HttpAssert.JsonAsync(product)).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Request(HttpMethod.Get, "/api/v1/ingredients/water"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Request(HttpMethod.Get, "/api/v1/protocols/microneedling-standard"))).StatusCode);
    }

    public static TheoryData<string, string> HostsAndKinds => new()
    {
        { BothStorageHosts.DevServer, "products" }, { BothStorageHosts.DevServer, "ingredients" }, { BothStorageHosts.DevServer, "protocols" },
        { BothStorageHosts.Functions, "products" }, { BothStorageHosts.Functions, "ingredients" }, { BothStorageHosts.Functions, "protocols" },
    };

    [Theory]
    [MemberData(nameof(HostsAndKinds))]
    public async Task If_match_compares_weakly_takes_lists_and_answers_412_for_tags_that_match_nothing(string name, string kind)
    {
        var host = hosts[name];
        var key = Unique("ifm", name);
        var url = $"/api/v1/{kind}/{key}";
        string Body(int n) => kind switch
        {
            "products" => $$"""{"name":"v{{n}}","inci":"Aqua"}""",
            "ingredients" => $$"""{"inciName":"IF MATCH TEST {{key.ToUpperInvariant()}} {{n}}"}""",
            _ => ProtocolJson(key, n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };

        // Nothing stored yet: If-Match (a tag or *) is false, so the PUT is a 412, not a create (RFC 9110 §13.1.1).
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, url, Body(1), "*")), HttpStatusCode.PreconditionFailed);
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, url, Body(1), "\"x\"")), HttpStatusCode.PreconditionFailed);

        using var created = await host.SendAsync(Request(HttpMethod.Put, url, Body(1)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var weak = created.Headers.ETag!.ToString();
        Assert.StartsWith("W/\"", weak);
        var strong = weak[2..];

        // An empty tag and an unrelated list are valid headers that match nothing: 412 with the current ETag.
        foreach (var stale in new[] { "\"\"", "\"a\", W/\"b\"", ", ,\"c\"," })
        {
            using var refused = await host.SendAsync(Request(HttpMethod.Put, url, Body(2), stale));
            await HttpAssert.ProblemAsync(refused, HttpStatusCode.PreconditionFailed);
            Assert.Equal(weak, refused.Headers.ETag!.ToString());
        }

        // The strong form of the current tag matches (weak comparison), and so does a list holding it.
        using var byStrong = await host.SendAsync(Request(HttpMethod.Put, url, Body(2), strong));
        Assert.Equal(HttpStatusCode.OK, byStrong.StatusCode);
        var current = byStrong.Headers.ETag!.ToString();
        using var byList = await host.SendAsync(Request(HttpMethod.Put, url, Body(3), $"\"old\", {current}"));
        Assert.Equal(HttpStatusCode.OK, byList.StatusCode);

        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Delete, url, ifMatch: current)), HttpStatusCode.PreconditionFailed);
        Assert.Equal(HttpStatusCode.NoContent, (await host.SendAsync(Request(HttpMethod.Delete, url, ifMatch: "\"x\", " + byList.Headers.ETag))).StatusCode);
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, url, Body(4), byList.Headers.ETag!.ToString())), HttpStatusCode.PreconditionFailed);
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Delete, url, ifMatch: "*")), HttpStatusCode.NotFound);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Every_get_of_a_stored_item_carries_its_etag_so_updates_need_no_blind_star(string name)
    {
        var host = hosts[name];
        var sku = Unique("ETAG", name).ToUpperInvariant();
        var ingredient = Unique("etag-ingredient", name);
        var protocol = Unique("etag-protocol", name);

        using var product = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/products/{sku}", """{"name":"one","inci":"Aqua"}"""));
        using var putIngredient = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/ingredients/{ingredient}", $$"""{"inciName":"{{ingredient.ToUpperInvariant()}}"}"""));
        using var putProtocol = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{protocol}", ProtocolJson(protocol)));
        await AssertRefreshedAsync(host);

        // Each GET answers the ETag the write answered; the seeded items have theirs too.
        var reads = new (string Url, HttpResponseMessage Written)[]
        {
            ($"/api/v1/products/{sku}", product), ($"/api/v1/ingredients/{ingredient}", putIngredient), ($"/api/v1/protocols/{protocol}", putProtocol),
        };
        foreach (var (url, written) in reads)
        {
            using var read = await host.SendAsync(Request(HttpMethod.Get, url));
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            Assert.Equal(written.Headers.ETag, read.Headers.ETag);
        }

        foreach (var url in new[] { "/api/v1/ingredients/water", "/api/v1/protocols/microneedling-standard", $"/api/v1/products/{SeededSku}" })
        {
            using var read = await host.SendAsync(Request(HttpMethod.Get, url));
            Assert.StartsWith("W/\"", read.Headers.ETag?.ToString());
        }

        // Read, then update with the tag read: accepted. The tag read before that update is now stale: 412 with the current one.
        using var readProtocol = await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/protocols/{protocol}"));
        var tag = readProtocol.Headers.ETag!.ToString();
        using var update = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{protocol}", ProtocolJson(protocol, "2"), tag));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        using var lost = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{protocol}", ProtocolJson(protocol, "3"), tag));
        await HttpAssert.ProblemAsync(lost, HttpStatusCode.PreconditionFailed);
        Assert.Equal(update.Headers.ETag, lost.Headers.ETag);

        using var readIngredient = await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/ingredients/{ingredient}"));
        using var updateIngredient = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/ingredients/{ingredient}", $$"""{"inciName":"{{ingredient.ToUpperInvariant()}}","synonyms":["x"]}""", readIngredient.Headers.ETag!.ToString()));
        Assert.Equal(HttpStatusCode.OK, updateIngredient.StatusCode);
    }

    public static TheoryData<string, string, string> HostsAndUncomputable()
    {
        var data = new TheoryData<string, string, string>();
        var edits = new (string Path, string Value)[]
        {
            ("$.windows[0].hours", "1e9"), ("$.windows[0].hours", "-1"), ("$.depthBands[0].scale", "1e300"),
            ("$.sessionSpacing.minimumDays", "2000000000"), ("$.sessionSpacing.recommendedMaxDays", "2000000000"),
            ("$.advice[0].hours", "1e9"), ("$.windows[0].kind", "5"), ("$.advice[0].kind", "1"), ("$.preparation.windows[0].hours", "1e9"),
            ("$.windows[0]", "null"), ("$.depthBands[0]", "null"), ("$.advice[0]", "null"), ("$.sources[0]", "null"),
            ("$.windows[0].sources[0]", "null"), ("$.advice[0].title", "null"), ("$.name", "null"),
        };
        foreach (var host in new[] { BothStorageHosts.DevServer, BothStorageHosts.Functions })
        {
            foreach (var (path, value) in edits)
            {
                data.Add(host, path, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndUncomputable))]
    public async Task A_protocol_the_engine_cannot_compute_with_is_refused_even_over_the_default_and_every_public_route_keeps_answering(string name, string path, string value)
    {
        var host = hosts[name];
        var protocol = Standard();
        Set(protocol, path, JsonNode.Parse(value));
        var clinic = Unique("bad", name);
        var asClinic = protocol.DeepClone();
        asClinic["id"] = clinic;

        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, "/api/v1/protocols/microneedling-standard", protocol.ToJsonString(), "*")), HttpStatusCode.BadRequest);
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{clinic}", asClinic.ToJsonString())), HttpStatusCode.BadRequest);
        await AssertRefreshedAsync(host);

        await AssertPublicRoutesAnswerAsync(host, protocol: null);
        await AssertPublicRoutesAnswerAsync(host, "microneedling-standard");
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/protocols/{clinic}"))).StatusCode);
        Assert.Equal("healthy", await HealthStatusAsync(host));
    }

    public static TheoryData<string, string, string> HostsAndDuplicates()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var host in new[] { BothStorageHosts.DevServer, BothStorageHosts.Functions })
        {
            data.Add(host, "{\"name\":\"first\",", "name");
            data.Add(host, "{\"Name\":\"first\",", "name");
            data.Add(host, "{\"ID\":\"other\",", "id");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndDuplicates))]
    public async Task A_protocol_with_a_member_given_twice_is_a_400_naming_it(string name, string prefix, string field)
    {
        var json = Standard().ToJsonString();
        var twice = prefix + json[1..];
        await HttpAssert.ProblemAsync(await hosts[name].SendAsync(Request(HttpMethod.Put, "/api/v1/protocols/microneedling-standard", twice, "*")), HttpStatusCode.BadRequest, field);

        // Nested too: the first window's hours given twice.
        var node = Standard();
        var window = node["windows"]![0]!.ToJsonString();
        var nested = json.Replace(window, "{\"hours\":1," + window[1..], StringComparison.Ordinal);
        await HttpAssert.ProblemAsync(await hosts[name].SendAsync(Request(HttpMethod.Put, "/api/v1/protocols/microneedling-standard", nested, "*")), HttpStatusCode.BadRequest, "windows[0].hours");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task List_lengths_are_counted_as_stored_so_escaped_text_past_64_KiB_is_a_400_not_a_500(string name)
    {
        var host = hosts[name];
        var url = $"/api/v1/ingredients/{Unique("escaped", name)}";
        // 100 × 300 characters pass the item limits; stored as JSON each é, < or " takes six characters: 180,000.
        foreach (var c in new[] { "é", "<", "\\\"", "あ" })
        {
            var items = string.Join(",", Enumerable.Range(0, 100).Select(i => $"\"{string.Concat(Enumerable.Repeat(c, 296))}{i:D3}\""));
            foreach (var list in new[] { "synonyms", "functions" })
            {
                using var put = await host.SendAsync(Request(HttpMethod.Put, url, $$"""{"inciName":"ESCAPED {{name.ToUpperInvariant()}}","{{list}}":[{{items}}]}"""));
                await HttpAssert.ProblemAsync(put, HttpStatusCode.BadRequest, list);
            }
        }

        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(Request(HttpMethod.Get, url))).StatusCode);
        using var modest = await host.SendAsync(Request(HttpMethod.Put, url, $$"""{"inciName":"ESCAPED {{name.ToUpperInvariant()}}","synonyms":["crème <pure> \"x\""]}"""));
        Assert.Equal(HttpStatusCode.Created, modest.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Skus_and_ids_are_trimmed_and_refused_when_decomposed_so_the_public_routes_find_them(string name)
    {
        var host = hosts[name];
        var sku = Unique("TRIM", name).ToUpperInvariant() + "-Caf\u00E9";
        var encoded = Uri.EscapeDataString(sku);
        using var put = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/products/%20%20{encoded}%20", """{"name":"Trimmed","inci":"Aqua"}"""));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(sku, (await HttpAssert.JsonAsync(put)).GetProperty("sku").GetString());
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/products/{encoded}"))).StatusCode);

        // The decomposed spelling (e + U+0301) would be a second, look-alike SKU: refused.
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/products/{encoded[..^6]}e%CC%81", """{"name":"n","inci":"Aqua"}""")), HttpStatusCode.BadRequest, "sku");

        var id = Unique("trim-id", name);
        using var ingredient = await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/ingredients/%09{id}%20", $$"""{"inciName":"{{id.ToUpperInvariant()}}"}"""));
        Assert.Equal(HttpStatusCode.Created, ingredient.StatusCode);
        Assert.Equal(id, (await HttpAssert.JsonAsync(ingredient)).GetProperty("id").GetString());

        await AssertRefreshedAsync(host);
        await AssertPublicRoutesAnswerAsync(host, protocol: null, sku: " " + sku + " ");
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/ingredients/{id}"))).StatusCode);
    }

    public static TheoryData<string, string, string> HostsAndInvisibleKeys()
    {
        var data = new TheoryData<string, string, string>();
        var keys = new[] { "BIDI%E2%80%AEX", "ZERO%E2%80%8BWIDTH", "BOM%EF%BB%BF1", "LS%E2%80%A8X", "NEL%C2%85X", "BEL%07X" };
        foreach (var host in new[] { BothStorageHosts.DevServer, BothStorageHosts.Functions })
        {
            foreach (var key in keys)
            {
                data.Add(host, "products", key);
                data.Add(host, "ingredients", key.ToLowerInvariant());
                data.Add(host, "protocols", key.ToLowerInvariant());
            }

            data.Add(host, "products", "%EF%BC%A1%EF%BC%A2"); // fullwidth ＡＢ
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndInvisibleKeys))]
    public async Task Keys_with_control_bidi_zero_width_or_fullwidth_characters_are_refused(string name, string kind, string encodedKey)
    {
        var body = kind switch
        {
            "products" => """{"name":"n","inci":"Aqua"}""",
            "ingredients" => """{"inciName":"INVISIBLE KEY TEST"}""",
            _ => ProtocolJson(Uri.UnescapeDataString(encodedKey)),
        };
        using var put = await hosts[name].SendAsync(Request(HttpMethod.Put, $"/api/v1/{kind}/{encodedKey}", body));
        await HttpAssert.ProblemAsync(put, HttpStatusCode.BadRequest, kind == "products" ? "sku" : "id");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Ids_with_a_slash_are_stored_and_read_back_on_the_public_routes(string name)
    {
        var host = hosts[name];
        var suffix = Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(HttpStatusCode.Created, (await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/ingredients/slash%2Fblend-{suffix}", $$"""{"inciName":"SLASH/BLEND {{suffix}}"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/clinic%2F{suffix}", ProtocolJson($"clinic/{suffix}")))).StatusCode);
        await AssertRefreshedAsync(host);

        using var ingredient = await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/ingredients/slash%2Fblend-{suffix}"));
        Assert.Equal(HttpStatusCode.OK, ingredient.StatusCode);
        Assert.Equal($"slash/blend-{suffix}", (await HttpAssert.JsonAsync(ingredient)).GetProperty("id").GetString());
        using var protocol = await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/protocols/clinic%2F{suffix}"));
        Assert.Equal(HttpStatusCode.OK, protocol.StatusCode);
        await AssertPublicRoutesAnswerAsync(host, $"clinic/{suffix}");
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_protocol_id_is_stored_only_when_the_public_routes_can_name_it(string name)
    {
        // Found by the admin fuzzer: ids of 101 to 200 characters were stored, then every /check naming them was a 400.
        var host = hosts[name];
        var longest = Unique("long", name) + new string('p', 100 - Unique("long", name).Length);
        Assert.Equal(100, longest.Length);
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{longest}q", ProtocolJson(longest + "q"))), HttpStatusCode.BadRequest, "id");
        Assert.Equal(HttpStatusCode.Created, (await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{longest}", ProtocolJson(longest)))).StatusCode);
        await AssertRefreshedAsync(host);
        await AssertPublicRoutesAnswerAsync(host, longest);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_second_ingredient_under_a_name_the_catalogue_already_resolves_is_refused(string name)
    {
        var host = hosts[name];
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/ingredients/{Unique("water", name)}", """{"inciName":"WATER"}""")), HttpStatusCode.BadRequest, "inciName");
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/ingredients/{Unique("water", name)}", """{"inciName":"deionized water"}""")), HttpStatusCode.BadRequest, "inciName");

        // The ingredient that holds the name may keep it.
        using var read = await host.SendAsync(Request(HttpMethod.Get, "/api/v1/ingredients/water"));
        var water = await HttpAssert.JsonAsync(read);
        var body = new JsonObject { ["inciName"] = water.GetProperty("inciName").GetString(), ["synonyms"] = JsonNode.Parse(water.GetProperty("synonyms").GetRawText()) };
        foreach (var list in new[] { "classes", "functions" })
        {
            if (water.TryGetProperty(list, out var values)) body[list] = JsonNode.Parse(values.GetRawText());
        }

        if (water.TryGetProperty("casNumber", out var cas) && cas.ValueKind == System.Text.Json.JsonValueKind.String) body["casNumber"] = cas.GetString();
        if (water.TryGetProperty("cosIngRef", out var cosIng) && cosIng.ValueKind == System.Text.Json.JsonValueKind.Number) body["cosIngRef"] = cosIng.GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(Request(HttpMethod.Put, "/api/v1/ingredients/water", body.ToJsonString(), read.Headers.ETag!.ToString()))).StatusCode);
    }
}
