using System.Text;
using System.Text.Json.Nodes;

namespace Compatibility.Fuzz;

/// <summary>
/// Mutated JSON bodies for the POST endpoints: valid seed bodies mutated by <see cref="JsonMutator"/> (nodes replaced,
/// dropped, duplicated or given wrong types, then sometimes cut or garbled at the character level).
/// </summary>
public sealed class RequestInputs(Random random)
{
    private static readonly string[] MemberNames = ["ref", "name", "inci", "type", "at", "day", "slot", "product", "x"];

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

    private readonly JsonMutator _mutator = new(random, Strings, MemberNames);

    public (string Path, string Body) Next()
    {
        var (path, seed) = Seeds[random.Next(Seeds.Length)];
        var node = JsonNode.Parse(seed)!;
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits; e++)
        {
            node = _mutator.MutateTree(node, depth: 0);
        }

        var body = node?.ToJsonString() ?? "null";
        if (random.Next(4) == 0)
        {
            body = _mutator.MutateText(body);
        }

        return (path, body);
    }
}
