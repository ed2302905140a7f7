using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Compatibility.Core.Protocols;

namespace Compatibility.Fuzz;

/// <summary>
/// Admin requests for the fuzzer: the three kinds (products, ingredients, protocols) by PUT, DELETE and GET, with route
/// keys from a small pool (so updates and deletes meet stored items) mutated with escapes, white space, invisible and
/// look-alike characters and extreme lengths; the function key present, missing, wrong or in the query; If-Match absent,
/// <c>*</c>, a tag the service handed out (weak, strong, in a list) or malformed; Content-Type variants; and bodies
/// mutated as JSON trees, with protocol numbers, enums and nulls pushed to their edges, duplicated members and text damage.
/// </summary>
public sealed class AdminInputs
{
    public const string FunctionKey = "fuzz-admin-key";

    private static readonly string[] Kinds = ["products", "ingredients", "protocols"];

    private static readonly Dictionary<string, string[]> BaseKeys = new()
    {
        ["products"] = [.. Enumerable.Range(1, 12).Select(i => $"FUZZ-{i}"), "ORD-HA-B5-30ML", "SHOP/FUZZ#1?"],
        ["ingredients"] = [.. Enumerable.Range(1, 12).Select(i => $"fuzz-i-{i}"), "water", "slash/fuzz", "caf\u00e9-fuzz"],
        ["protocols"] = [.. Enumerable.Range(1, 6).Select(i => $"fuzz-p-{i}"), EmbeddedProtocols.StandardId, "clinic/fuzz"],
    };

    private static readonly string[] KeyInserts =
    [
        "%2F", "%252F", "%25", "%2525", "%E2%80%AE", "%E2%80%8B", "%EF%BB%BF", "%C2%85", "%07", "%1F", "%7F", "%E2%80%A8", "%EF%BC%A1",
        "e%CC%81", "%C3%A9", "%F0%9F%98%80", "%ED%A0%80", "%C0%AF", "%FF", "%G1", "%E2%82", "..", ".", "~", "%27", "%22", "%23", "%3F",
        "%5C", "%3C", "+", "%2B", ";", ",", "%20", "%09", "%0A", "%0D", "%C2%A0", "%E3%80%80", "%D8%A7", "%E0%A4%95%E0%A5%8D",
    ];

    private static readonly string[] MalformedIfMatch =
    [
        "garbage", "\"\"", "W/*", "'", "\"unterminated", "\"a\" \"b\"", "W/", "\"a\",garbage", "**", "*, \"a\"", "\"with space\"",
        "W/\"\"", ",", " , ,", "\"a\"\"b\"", "w/\"a\"", "W /\"a\"", "\"\\\"\"", "\"a\",,\"b\"", "\t\"a\"\t", new string('x', 8_000),
        "\"" + new string('x', 8_000) + "\"", string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"t{i}\"")), "\"\u007f\"",
    ];

    private static readonly string[] ContentTypes =
    [
        "application/json; charset=utf-8", "application/json; charset=\"utf-8\"", "application/json; charset=UTF8", "application/json; charset=latin1",
        "application/json;", "application/json; charset=", "application/json; charset=\"", "text/plain", "application/xml", "application/problem+json",
        "application/merge-patch+json", "application/json; boundary=x", "*/*", ";;", "json", "application/json, text/plain", "APPLICATION/JSON",
    ];

    private static readonly string[] WrongKeys = ["", " ", "wrong", FunctionKey + " ", FunctionKey.ToUpperInvariant(), new string('k', 5_000), "local-dev-key"];

    private static readonly double[] EdgeNumbers =
    [
        1e9, 1e300, -1, 0, -0.0, 1e-300, 4.9e-324, double.MaxValue, 2147483647, -2147483648, 2147483648, 17520, 17520.5, 730, 731, 10,
        10.0001, 0.000001, 175200, 9007199254740993,
    ];

    private static readonly string[] Strings =
    [
        "", " ", "serum", "sunscreen", "retinoid", "not-a-class", "wait", "blocked", "avoid", "start", "Wait", "WAIT", "home-roller",
        "professional", "skinpen", "hearsay", "NaN", "-1", "1e309", "\u0000", "\ud800", "\u202e", "\u200b", "\ufeff", "<script>", "é",
        "%2F", "a/b", new string('a', 5_000), new string('é', 300), string.Concat(Enumerable.Repeat("Glycerin, ", 800)),
    ];

    private static readonly string[] MemberNames = ["id", "version", "name", "hours", "kind", "sources", "inci", "inciName", "synonyms", "x"];

    private static readonly string StandardJson = EmbeddedProtocolDocuments.Load().Single(p => p.Id == EmbeddedProtocols.StandardId).Json;

    private readonly Random _random;
    private readonly JsonMutator _mutator;
    private readonly ConcurrentQueue<string> _etags;

    private readonly bool _overSockets;

    /// <param name="overSockets">Real Kestrel: %00 may be sent (Kestrel answers it); the in-memory client refuses to build such a path.</param>
    public AdminInputs(Random random, ConcurrentQueue<string> etags, bool overSockets)
    {
        _random = random;
        _overSockets = overSockets;
        _etags = etags;
        _mutator = new JsonMutator(random, Strings, MemberNames);
    }

    /// <summary>Route keys the probes name: every base key of a kind, decoded.</summary>
    public static IReadOnlyList<string> KeysOf(string kind) => BaseKeys[kind];

    public AdminInput Next()
    {
        var kind = Kinds[_random.Next(Kinds.Length)];
        var roll = _random.Next(100);
        var method = roll < 55 ? "PUT" : roll < 72 ? "DELETE" : roll < 96 ? "GET" : Pick(["PATCH", "POST", "HEAD", "OPTIONS"]);
        var (key, decodedKey) = RouteKey(kind);
        var path = $"/api/v1/{kind}/{key}";
        var headers = new List<(string, string)>();
        AddFunctionKey(headers, ref path);
        if (method is "PUT" or "DELETE" || _random.Next(10) == 0)
        {
            AddIfMatch(headers);
        }

        string? body = null;
        string? contentType = null;
        if (method == "PUT" || _random.Next(20) == 0)
        {
            body = Body(kind, decodedKey);
            var ct = _random.Next(100);
            contentType = ct < 80 ? "application/json" : ct < 97 ? Pick(ContentTypes) : null;
        }

        return new AdminInput(method, kind, path, headers, body, contentType);
    }

    private (string Encoded, string Decoded) RouteKey(string kind)
    {
        var key = Pick(BaseKeys[kind]);
        var encoded = Uri.EscapeDataString(key);
        switch (_random.Next(10))
        {
            case 0:
                encoded = Pick(["%20", "%09", "%20%20", "%C2%A0"]) + encoded + Pick(["", "%20", "%0A", "%E2%80%8B"]);
                break;
            case 1:
            case 2:
                var at = _random.Next(encoded.Length + 1);
                // Never split an escape the key already holds.
                while (at > 0 && at < encoded.Length && (encoded[at - 1] == '%' || (at > 1 && encoded[at - 2] == '%'))) at--;
                encoded = encoded[..at] + (_overSockets && _random.Next(20) == 0 ? "%00" : Pick(KeyInserts)) + encoded[at..];
                break;
            case 3:
                // Fixed lengths either side of the limits (SKU 100, protocol id 200, key 512 encoded, ingredient id 4,000).
                var length = Pick([99, 100, 101, 199, 200, 201, 511, 512, 513, 3_999, 4_000, 4_001, 8_000]);
                encoded = new string(kind == "products" ? 'S' : 's', length - key.Length) + encoded;
                break;
            case 4:
                // A tiny alphabet keeps the number of distinct new keys bounded.
                encoded = string.Concat(Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Pick(["A", "%C3%A9", "%E2%80%AE", "%2F"])));
                break;
            case 5:
                encoded = kind == "products" ? encoded.ToLowerInvariant() : encoded.ToUpperInvariant();
                break;
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(encoded);
        }
        catch (UriFormatException)
        {
            decoded = key;
        }

        return (encoded, decoded.Trim());
    }

    private void AddFunctionKey(List<(string, string)> headers, ref string path)
    {
        var roll = _random.Next(100);
        if (roll < 88)
        {
            headers.Add(("x-functions-key", FunctionKey));
        }
        else if (roll < 91)
        {
            headers.Add(("x-functions-key", Pick(WrongKeys)));
        }
        else if (roll < 95)
        {
            path += "?code=" + Uri.EscapeDataString(_random.Next(3) == 0 ? Pick(WrongKeys) : FunctionKey) + (_random.Next(4) == 0 ? "&code=x" : "");
        }
        else if (roll < 97)
        {
            headers.Add(("x-functions-key", FunctionKey));
            headers.Add(("x-functions-key", Pick(WrongKeys)));
        }

        // else: no key at all.
    }

    private void AddIfMatch(List<(string, string)> headers)
    {
        var roll = _random.Next(100);
        var known = _etags.ToArray();
        string? value = roll switch
        {
            < 22 => null,
            < 40 => "*",
            < 62 when known.Length > 0 => KnownTag(Pick(known)),
            < 92 => Pick(MalformedIfMatch),
            _ => null,
        };
        if (value is null)
        {
            return;
        }

        headers.Add(("If-Match", value));
        if (_random.Next(15) == 0)
        {
            headers.Add(("If-Match", _random.Next(2) == 0 ? "*" : Pick(MalformedIfMatch)));
        }
    }

    private string KnownTag(string etag) => _random.Next(4) switch
    {
        0 => etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag,
        1 => $"\"old\", {etag}",
        2 => etag + ", garbage",
        _ => etag,
    };

    private string Body(string kind, string key)
    {
        var roll = _random.Next(100);
        if (roll < 3)
        {
            return Pick(["", " ", "null", "[]", "{}", "\"x\"", "{\"a\":", new string('[', 70) + new string(']', 70)]);
        }

        if (roll < 4)
        {
            return "{\"name\":\"" + new string('x', 1_100_000) + "\"}"; // over the 1 MiB body limit
        }

        var node = kind switch
        {
            "products" => JsonNode.Parse($$"""{"name":"Fuzz serum {{_random.Next(1000)}}","brand":"Brand","category":"serum","inci":"Aqua, Glycerin, Retinol, Parfum"}""")!,
            "ingredients" => JsonNode.Parse($$"""{"inciName":"FUZZ INGREDIENT {{_random.Next(100_000)}}","synonyms":["Fuzz {{_random.Next(1000)}}"],"classes":["retinoid"],"functions":["SKIN CONDITIONING"],"casNumber":"1-2-3","cosIngRef":12345}""")!,
            _ => Protocol(key),
        };

        var mode = _random.Next(100);
        if (mode < 30)
        {
            return node.ToJsonString(); // valid as generated: a write that can be stored
        }

        if (mode < 70)
        {
            for (var e = _random.Next(1, 4); e > 0; e--)
            {
                EdgeEdit(node);
            }

            return node.ToJsonString();
        }

        if (mode < 88)
        {
            JsonNode? mutated = node;
            for (var e = _random.Next(1, 4); e > 0; e--)
            {
                mutated = _mutator.MutateTree(mutated, depth: 0);
            }

            return mutated?.ToJsonString() ?? "null";
        }

        var text = node.ToJsonString();
        return _random.Next(2) == 0 ? DuplicateMember(text) : _mutator.MutateText(text);
    }

    private JsonNode Protocol(string id)
    {
        var node = JsonNode.Parse(StandardJson)!;
        node["id"] = id;
        node["version"] = "fuzz-" + _random.Next(100).ToString(CultureInfo.InvariantCulture);
        return node;
    }

    /// <summary>One leaf or element anywhere in the tree: a number to an edge value, an enum to a number or an odd name, anything to null.</summary>
    private void EdgeEdit(JsonNode root)
    {
        var leaves = new List<JsonNode>();
        Collect(root, leaves);
        var target = leaves[_random.Next(leaves.Count)];
        JsonNode? replacement = target is JsonValue value && value.TryGetValue<double>(out _)
            ? _random.Next(6) == 0 ? null : JsonValue.Create(Pick(EdgeNumbers))
            : _random.Next(3) switch
            {
                0 => null,
                1 => JsonValue.Create(_random.Next(-2, 8)),
                _ => JsonValue.Create(Pick(Strings)),
            };
        Replace(target, replacement);
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null) Collect(child, into);
                }

                if (node.Parent is not null) into.Add(node);
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null) Collect(child, into);
                }

                if (node.Parent is not null) into.Add(node);
                break;
            default:
                into.Add(node);
                break;
        }
    }

    private static void Replace(JsonNode target, JsonNode? replacement)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                var index = target.GetElementIndex();
                parent[index] = replacement;
                break;
        }
    }

    /// <summary>A member given twice, maybe in another case, at the top or in the first nested object.</summary>
    private string DuplicateMember(string json)
    {
        var names = MemberNames;
        var name = Pick(names);
        name = _random.Next(2) == 0 ? name : name.ToUpperInvariant();
        var at = _random.Next(3) == 0 ? json.IndexOf('{', 1) : 0;
        if (at < 0) at = 0;
        var builder = new StringBuilder(json);
        builder.Insert(at + 1, $"\"{name}\":{(_random.Next(2) == 0 ? "1e9" : "\"dup\"")},");
        return builder.ToString();
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
