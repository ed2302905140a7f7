using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>Requests and bodies the admin tests share: admin writes with an If-Match, the public routes naming a protocol.</summary>
public static class AdminRequests
{
    public const string SeededSku = "ORD-HA-B5-30ML";

    public static HttpRequestMessage Request(HttpMethod method, string url, string? json = null, string? ifMatch = null, string? accept = null)
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

        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }

        return request;
    }

    public static JsonNode Standard() =>
        JsonNode.Parse(EmbeddedProtocolDocuments.Load().Single(p => p.Id == EmbeddedProtocols.StandardId).Json)!;

    /// <summary>The standard protocol under another id (and so a valid protocol of its own).</summary>
    public static string ProtocolJson(string id, string version = "1")
    {
        var node = Standard();
        node["id"] = id;
        node["version"] = version;
        return node.ToJsonString();
    }

    /// <summary>
    /// Every public route that computes with a protocol, naming <paramref name="protocol"/> (null: the default), and the
    /// seeded product by SKU: <c>/check</c>, <c>/routines/check</c>, <c>/plan</c> as JSON, iCalendar and HTML, <c>/prepare</c>.
    /// </summary>
    public static IEnumerable<(string What, HttpRequestMessage Request)> PublicRoutes(string? protocol, string sku = SeededSku)
    {
        var named = protocol is null ? string.Empty : $"\"protocol\":\"{protocol}\",";
        var procedure = """{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00","needleDepthMm":1.0}""";
        var products = $$"""[{"ref":"a","sku":"{{sku}}"},{"ref":"b","name":"Night","category":"serum","inci":"Squalane, Retinol"}]""";
        yield return ("check", Request(HttpMethod.Post, "/api/v1/check", $$"""{{{named}}"procedure":{{procedure}},"at":"2026-11-21T10:00:00+01:00","products":{{products}}}"""));
        yield return ("routine", Request(HttpMethod.Post, "/api/v1/routines/check", $$"""
            {{{named}}"procedure":{{procedure}},"products":{{products}},"steps":[{"product":"b","day":3,"slot":"pm"}],"nextSessionAt":"2026-12-20T10:00:00+01:00"}
            """));
        yield return ("plan", Request(HttpMethod.Post, "/api/v1/plan", $$"""{{{named}}"procedure":{{procedure}},"products":{{products}}}"""));
        yield return ("plan.ics", Request(HttpMethod.Post, "/api/v1/plan", $$"""{{{named}}"procedure":{{procedure}},"products":{{products}}}""", accept: "text/calendar"));
        yield return ("plan.html", Request(HttpMethod.Post, "/api/v1/plan", $$"""{{{named}}"procedure":{{procedure}},"products":{{products}}}""", accept: "text/html"));
        yield return ("prepare", Request(HttpMethod.Post, "/api/v1/prepare", $$"""
            {{{named}}"procedure":{"type":"microneedling","performedAt":"2026-12-20T10:00:00+01:00"},"at":"2026-12-01T10:00:00+01:00","products":{{products}}}
            """));
    }

    /// <summary>Every public route naming the protocol answers 200.</summary>
    public static async Task AssertPublicRoutesAnswerAsync(IStorageHost host, string? protocol, string sku = SeededSku)
    {
        foreach (var (what, request) in PublicRoutes(protocol, sku))
        {
            using var response = await host.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{host.Name} {what} naming {protocol ?? "the default"}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>
    /// A refresh that must succeed: tried up to five times, since on this shared machine one load of the 28,703
    /// ingredients can outlast the fixtures' 2-second network timeout. Fails with the last refresh error.
    /// </summary>
    public static async Task AssertRefreshedAsync(IStorageHost host)
    {
        for (var attempt = 1; !await host.RefreshAsync(); attempt++)
        {
            Assert.True(attempt < 5, $"{host.Name}: refresh failed 5 times: {host.LastRefreshError}");
            await Task.Delay(500);
        }
    }

    public static async Task<string> HealthStatusAsync(IStorageHost host)
    {
        using var response = await host.SendAsync(Request(HttpMethod.Get, "/api/health"));
        return (await HttpAssert.JsonAsync(response)).GetProperty("status").GetString()!;
    }

    /// <summary>Sets the node at a path like <c>$.windows[0].hours</c>.</summary>
    public static void Set(JsonNode root, string path, JsonNode? value)
    {
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var step in steps[..^1])
        {
            node = step.StartsWith('[') ? node.AsArray()[Index(step)]! : node[step]!;
        }

        var last = steps[^1];
        if (last.StartsWith('['))
        {
            node.AsArray()[Index(last)] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }
    }

    private static int Index(string step) => int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture);
}
