using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Compatibility.Api.Features.Aftercare.Response;
using Compatibility.Api.Json;

namespace Compatibility.Api.Tests.Aftercare;

/// <summary>A <see cref="SourceList"/> written from its kept bytes is exactly what the serializer writes for its items, with any options.</summary>
public sealed class SourceListJsonTests
{
    private static readonly SourceRef[] Items =
    [
        new("a", "Plain title", "https://example.org/a"),
        new("b\"q", "Quotes \" and \\ backslash, <script>&amp; 'apostrophes' + plus, Avène, 漢字, emoji 😀, tab\t, newline\n", null),
        new("", "", ""),
    ];

    private static readonly Dictionary<string, JsonSerializerOptions> ByKind = new()
    {
        ["relaxed"] = Make(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, indented: false),
        ["default"] = Make(null, indented: false),
        ["indented"] = Make(JavaScriptEncoder.UnsafeRelaxedJsonEscaping, indented: true),
    };

    public static TheoryData<string> Options() => [.. ByKind.Keys];

    [Theory]
    [MemberData(nameof(Options))]
    public void Writes_what_the_serializer_writes_for_the_items(string kind)
    {
        var options = ByKind[kind];
        var list = new SourceList(Items);
        var expected = JsonSerializer.Serialize(new Holder(Items.ToList()), options).Replace("\"items\"", "\"sources\"", StringComparison.Ordinal);

        // Twice: the first write works the bytes out, the second copies them.
        Assert.Equal(expected, JsonSerializer.Serialize(new ListHolder(list), options));
        Assert.Equal(expected, JsonSerializer.Serialize(new ListHolder(list), options));
    }

    [Fact]
    public void Bytes_kept_for_one_options_are_not_used_for_another()
    {
        var list = new SourceList(Items);
        var relaxed = ByKind["relaxed"];
        var strict = ByKind["default"];
        var first = JsonSerializer.Serialize(new ListHolder(list), relaxed);
        var second = JsonSerializer.Serialize(new ListHolder(list), strict);

        Assert.Contains("Avène", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Avène", second, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(new Holder(Items.ToList()), strict).Replace("\"items\"", "\"sources\"", StringComparison.Ordinal), second);
    }

    private static JsonSerializerOptions Make(JavaScriptEncoder? encoder, bool indented) =>
        new(ApiJsonContext.Default.Options)
        {
            Encoder = encoder,
            WriteIndented = indented,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ApiJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };

    private sealed record Holder(List<SourceRef> Items);

    private sealed record ListHolder(SourceList Sources);
}
