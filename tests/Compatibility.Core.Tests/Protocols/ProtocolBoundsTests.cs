using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Tests.Protocols;

/// <summary>
/// Issue 11: every number a protocol holds is bounded so nothing downstream can overflow, every null is named, and enums
/// are taken by name only. A stored protocol goes through exactly this parse, so each case is a 400 at the admin route
/// and a refused refresh at the loader, never an exception of another kind.
/// </summary>
public sealed class ProtocolBoundsTests
{
    private static readonly string StandardJson = EmbeddedProtocolDocuments.Load().Single(p => p.Id == EmbeddedProtocols.StandardId).Json;

    public static TheoryData<string, string, string> OutOfBounds => new()
    {
        { "$.windows[0].hours", "1e9", "window 'hyaluronic-acid': hours must be at most 17520" },
        { "$.windows[0].hours", "17520.001", "hours must be at most 17520" },
        { "$.windows[1].hours", "-1", "window 'peptide': negative hours" },
        { "$.windows[2].depthHours.deep", "1e9", "band 'deep': hours must be at most" },
        { "$.windows[0].sourceRange.maxHours", "1e9", "window 'hyaluronic-acid': bad source range" },
        { "$.windows[@drying-alcohol].categoryHours.moisturizer", "1e9", "category 'moisturizer': hours must be at most" },
        { "$.windows[@drying-alcohol].categoryHours.moisturizer", "-5", "category 'moisturizer': negative hours" },
        { "$.depthBands[0].scale", "1e300", "band 'home-roller': scale must be positive and at most 10" },
        { "$.depthBands[0].scale", "0", "scale must be positive" },
        { "$.depthBands[0].maxMm", "1e9", "depth must be from 0 to 10 mm" },
        { "$.depthBands[0].minimumHours.wait", "1e9", "minimum wait: hours must be at most" },
        { "$.minimumHours.blocked", "1e9", "minimumHours blocked: hours must be at most" },
        { "$.advice[0].hours", "1e9", "advice 'sun-exposure': hours must be at most" },
        { "$.sessionSpacing.minimumDays", "2000000000", "sessionSpacing: days must be at most 730" },
        { "$.sessionSpacing.recommendedMaxDays", "2000000000", "sessionSpacing: days must be at most 730" },
        { "$.sessionSpacing.minimumDays", "0", "sessionSpacing.minimumDays must be positive" },
        { "$.preparation.windows[0].hours", "1e9", "hours must be at most" },
        { "$.preparation.advice[0].hours", "1e9", "hours must be at most" },
        { "$.preparation.advice[0].hours", "-1", "negative hours" },
    };

    [Theory]
    [MemberData(nameof(OutOfBounds))]
    public void A_number_out_of_bounds_is_a_validation_error_naming_it(string path, string value, string expected)
    {
        var ex = Assert.Throws<ProtocolValidationException>(() => ProtocolSerializer.Deserialize(Edit(path, value)));
        Assert.Contains(ex.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void The_bounds_are_just_inside_what_the_engine_can_add_to_any_accepted_timestamp()
    {
        // Timestamps are accepted from 1900 to 2999; the longest scaled window and the longest spacing stay far inside
        // DateTimeOffset's range from either end, and inside TimeSpan's.
        var longest = TimeSpan.FromHours(ProtocolValidator.MaxHours * ProtocolValidator.MaxScale);
        Assert.Equal(175_200, longest.TotalHours);
        Assert.True(new DateTimeOffset(2999, 12, 31, 23, 59, 59, TimeSpan.FromHours(14)) + longest < DateTimeOffset.MaxValue);
        Assert.True(new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.FromHours(-14)) - longest > DateTimeOffset.MinValue);
        Assert.True(TimeSpan.FromDays(ProtocolValidator.MaxDays) < longest);
    }

    public static TheoryData<string, string> Nulls => new()
    {
        { "$.windows[0]", "windows[0] is null" },
        { "$.depthBands[0]", "depthBands[0] is null" },
        { "$.advice[0]", "advice[0] is null" },
        { "$.sources[0]", "sources[0] is null" },
        { "$.notes[0]", "notes[0] is null" },
        { "$.notes", "notes is missing or null" },
        { "$.name", "name is missing or null" },
        { "$.windows[0].sources", "windows[0].sources is missing or null" },
        { "$.windows[0].sources[0]", "windows[0].sources[0] is null" },
        { "$.depthBands[0].name", "depthBands[0].name is missing or null" },
        { "$.depthBands[0].sources[0]", "depthBands[0].sources[0] is null" },
        { "$.advice[0].title", "advice[0].title is missing or null" },
        { "$.advice[0].detail", "advice[0].detail is missing or null" },
        { "$.sources[0].title", "sources[0].title is missing or null" },
        { "$.sessionSpacing.sources", "sessionSpacing.sources is missing or null" },
        { "$.minimumHours.exemptClasses[0]", "minimumHours.exemptClasses[0] is null" },
        { "$.nameKinds[0]", "nameKinds[0] is null" },
        { "$.nameKinds[0].word", "nameKinds[0].word is missing or null" },
        { "$.preparation.windows[0]", "preparation.windows[0] is null" },
        { "$.preparation.windows", "preparation.windows is missing or null" },
        { "$.preparation.advice[0]", "preparation.advice[0] is null" },
        { "$.preparation.advice[0].title", "preparation.advice[0].title is missing or null" },
    };

    [Theory]
    [MemberData(nameof(Nulls))]
    public void A_null_anywhere_is_a_validation_error_naming_its_path_not_a_crash(string path, string expected)
    {
        var ex = Assert.Throws<ProtocolValidationException>(() => ProtocolSerializer.Deserialize(Edit(path, "null")));
        Assert.Contains(expected, ex.Errors);
    }

    [Fact]
    public void A_required_member_left_out_is_named_like_a_null()
    {
        var node = JsonNode.Parse(StandardJson)!;
        node["advice"]![0]!.AsObject().Remove("title");
        node.AsObject().Remove("sources");

        var ex = Assert.Throws<ProtocolValidationException>(() => ProtocolSerializer.Deserialize(node.ToJsonString()));
        Assert.Contains("advice[0].title is missing or null", ex.Errors);
        Assert.Contains("sources is missing or null", ex.Errors);
    }

    [Theory]
    [InlineData("$.windows[0].kind", "5")]
    [InlineData("$.windows[0].kind", "0")]
    [InlineData("$.advice[0].kind", "1")]
    [InlineData("$.windows[0].kind", "\"sometimes\"")]
    public void Enums_are_taken_by_name_only(string path, string value)
    {
        var ex = Assert.Throws<JsonException>(() => ProtocolSerializer.Deserialize(Edit(path, value)));
        Assert.Contains(path.Split('.')[^1], ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_given_twice_is_a_json_error()
    {
        var twice = "{\"name\":\"first\"," + StandardJson.TrimStart()[1..];
        Assert.ThrowsAny<JsonException>(() => ProtocolSerializer.Deserialize(twice));
    }

    /// <summary>Sets the node at <paramref name="path"/> (<c>$.a[0].b</c>; <c>[@id]</c> picks the element with that id).</summary>
    private static string Edit(string path, string value)
    {
        var root = JsonNode.Parse(StandardJson)!;
        var steps = path[2..].Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        foreach (var step in steps[..^1])
        {
            node = Step(node, step);
        }

        var last = steps[^1];
        var parsed = JsonNode.Parse(value);
        if (last.StartsWith('['))
        {
            node.AsArray()[Index(node.AsArray(), last)] = parsed;
        }
        else
        {
            node.AsObject()[last] = parsed;
        }

        return root.ToJsonString();
    }

    private static JsonNode Step(JsonNode node, string step) =>
        step.StartsWith('[') ? node.AsArray()[Index(node.AsArray(), step)]! : node[step]!;

    private static int Index(JsonArray array, string step) =>
        step[1] == '@'
            ? array.Select((n, i) => (n, i)).Single(x => x.n?["id"]?.GetValue<string>() == step[2..^1]).i
            : int.Parse(step[1..^1], CultureInfo.InvariantCulture);
}
