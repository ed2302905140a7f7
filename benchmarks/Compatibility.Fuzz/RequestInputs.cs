using System.Text;
using System.Text.Json.Nodes;

namespace Compatibility.Fuzz;

/// <summary>
/// Mutated JSON bodies for the POST endpoints: valid seed bodies whose nodes are replaced, dropped, duplicated or given
/// wrong types, then (sometimes) cut or garbled at the character level.
/// </summary>
public sealed class RequestInputs(Random random)
{
    private const string Procedure = """{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00","needleDepthMm":1.0}""";
    private const string Products = """
        [{"ref":"retinol","name":"Retinol 0.5% in Squalane","category":"serum","inci":"Squalane, Caprylic/Capric Triglyceride, Retinol, BHT"},
         {"ref":"ha","name":"HA 2% + B5","category":"serum","inci":"Aqua (Water), Sodium Hyaluronate, Panthenol, Glycerin, Phenoxyethanol"},
         {"ref":"spf","name":"Mineral SPF 30","category":"sunscreen","inci":"Active Ingredients: Zinc Oxide 18.9% Inactive Ingredients: Water, Glycerin"}]
        """;

    public static readonly (string Path, string Body)[] Seeds =
    [
        ("/api/v1/check", $$"""{"procedure":{{Procedure}},"at":"2026-11-22T10:00:00+01:00","products":{{Products}}}"""),
        ("/api/v1/routines/check", $$"""
            {"procedure":{{Procedure}},"protocol":"default","products":{{Products}},
             "steps":[{"product":"ha","day":0,"slot":"pm"},{"product":"retinol","day":3,"slot":"pm"},
                      {"product":"spf","at":"2026-11-21T08:00:00+01:00"}],"nextSessionAt":"2026-12-20T10:00:00+01:00"}
            """),
        ("/api/v1/plan", $$"""{"procedure":{{Procedure}},"products":{{Products}}}"""),
        ("/api/v1/ingredients/analyze", """{"inci":"Aqua (Water), Glycerin, Niacinamide, Parfum, Retinol 0.5%, May Contain: CI 77491"}"""),
    ];

    private static readonly string[] Strings =
    [
        "", " ", "microneedling", "MICRONEEDLING", "laser", "serum", "cleanser", "sunscreen", "am", "pm", "noon", "default", "ha",
        "retinol", "2026-11-20T10:00:00+01:00", "2026-11-20", "yesterday", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
        "2026-13-45T99:99:99Z", "P1D", "NaN", "-1", "1e309", "\u0000", "\ud800", "<script>", "%00", "../../etc/passwd",
        new string('a', 5000), new string(',', 3000), string.Concat(Enumerable.Repeat("Glycerin, ", 800)),
    ];

    public (string Path, string Body) Next()
    {
        var (path, seed) = Seeds[random.Next(Seeds.Length)];
        var node = JsonNode.Parse(seed)!;
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits; e++)
        {
            node = MutateTree(node, depth: 0);
        }

        var body = node?.ToJsonString() ?? "null";
        if (random.Next(4) == 0)
        {
            body = MutateText(body);
        }

        return (path, body);
    }

    private JsonNode? MutateTree(JsonNode? node, int depth)
    {
        // Replace this node, or go one level down.
        if (node is null || random.Next(4) == 0 || depth > 6)
        {
            return RandomValue(0);
        }

        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                var key = obj.ElementAt(random.Next(obj.Count)).Key;
                switch (random.Next(5))
                {
                    case 0:
                        obj.Remove(key);
                        break;
                    case 1:
                        obj[key.ToUpperInvariant() + (random.Next(2) == 0 ? "" : "x")] = RandomValue(0);
                        break;
                    default:
                        var child = obj[key];
                        obj[key] = null;
                        obj[key] = MutateTree(child, depth + 1);
                        break;
                }

                return obj;
            case JsonArray array when array.Count > 0:
                var index = random.Next(array.Count);
                switch (random.Next(5))
                {
                    case 0:
                        array.RemoveAt(index);
                        break;
                    case 1:
                        var copies = random.Next(1, 60);
                        var template = array[index]?.ToJsonString();
                        for (var c = 0; c < copies; c++)
                        {
                            array.Add(template is null ? null : JsonNode.Parse(template));
                        }

                        break;
                    default:
                        var item = array[index];
                        array[index] = null;
                        array[index] = MutateTree(item, depth + 1);
                        break;
                }

                return array;
            default:
                return RandomValue(0);
        }
    }

    private JsonNode? RandomValue(int depth) => random.Next(depth > 3 ? 6 : 9) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
        3 => JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-10, 300)) * (random.Next(2) == 0 ? -1 : 1)),
        4 or 5 => JsonValue.Create(Strings[random.Next(Strings.Length)]),
        6 => new JsonArray(Enumerable.Range(0, random.Next(0, 5)).Select(_ => RandomValue(depth + 1)).ToArray()),
        7 => new JsonObject(Enumerable.Range(0, random.Next(0, 4))
            .Select(i => KeyValuePair.Create(new[] { "ref", "name", "inci", "type", "at", "day", "slot", "product", "x" }[random.Next(9)] + (i == 0 ? "" : i.ToString(System.Globalization.CultureInfo.InvariantCulture)), RandomValue(depth + 1)))),
        _ => JsonNode.Parse(new string('[', 30) + new string(']', 30)), // deeper than 64 comes from MutateText
    };

    private string MutateText(string body)
    {
        var text = new StringBuilder(body);
        switch (random.Next(5))
        {
            case 0:
                text.Length = random.Next(text.Length + 1); // truncated
                break;
            case 1:
                text.Insert(random.Next(text.Length + 1), "{[\",:}]\\ \0"[random.Next(10)]);
                break;
            case 2:
                text.Remove(random.Next(text.Length), 1);
                break;
            case 3:
                text.Insert(random.Next(text.Length + 1), new string('[', random.Next(10, 2000)));
                break;
            default:
                text.Insert(0, "\ufeff");
                break;
        }

        return text.ToString();
    }
}
