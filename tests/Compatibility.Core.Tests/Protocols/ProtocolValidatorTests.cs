using System.Text.Json;
using Compatibility.Core.Protocols;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Protocols;

public sealed class ProtocolValidatorTests
{
    private static readonly Protocol Standard = Fixtures.Standard;

    private static Protocol WithWindow(string id, Func<ProtocolWindow, ProtocolWindow> change) =>
        Standard with { Windows = Standard.Windows.Select(w => w.Id == id ? change(w) : w).ToList() };

    [Fact]
    public void Unknown_class_id_is_an_error()
    {
        var errors = ProtocolValidator.Validate(WithWindow("retinoid", w => w with { Class = "retinol-ish" }));
        Assert.Contains(errors, e => e.Contains("unknown class 'retinol-ish'"));
        Assert.Contains(errors, e => e.Contains("class 'retinoid' has no window"));
    }

    [Fact]
    public void Unknown_category_is_an_error() =>
        Assert.Contains(ProtocolValidator.Validate(WithWindow("category-makeup", w => w with { Category = "lipstick" })), e => e.Contains("unknown category 'lipstick'"));

    [Fact]
    public void Negative_hours_are_an_error() =>
        Assert.Contains(ProtocolValidator.Validate(WithWindow("peptide", w => w with { Hours = -1 })), e => e.Contains("negative hours"));

    [Fact]
    public void Missing_sources_are_an_error() =>
        Assert.Contains(ProtocolValidator.Validate(WithWindow("peptide", w => w with { Sources = [] })), e => e.Contains("window 'peptide': no source"));

    [Fact]
    public void Unknown_source_id_is_an_error() =>
        Assert.Contains(ProtocolValidator.Validate(WithWindow("peptide", w => w with { Sources = ["hearsay"] })), e => e.Contains("unknown source 'hearsay'"));

    [Fact]
    public void A_window_under_the_protocols_floor_is_an_error() =>
        Assert.Contains(ProtocolValidator.Validate(WithWindow("retinoid", w => w with { Hours = 24 })), e => e.Contains("under the protocol's minimum"));

    [Fact]
    public void Hyaluronic_acid_is_exempt_from_the_floor() =>
        Assert.Empty(ProtocolValidator.Validate(WithWindow("hyaluronic-acid", w => w with { Hours = 0 })));

    [Fact]
    public void Missing_default_band_is_an_error() =>
        Assert.Contains(ProtocolValidator.Validate(Standard with { DefaultBand = "nope" }), e => e.Contains("defaultBand"));

    [Fact]
    public void Override_for_an_unknown_band_is_an_error() =>
        Assert.Contains(ProtocolValidator.Validate(WithWindow("retinoid", w => w with { DepthHours = new Dictionary<string, double> { ["ultra"] = 400 } })), e => e.Contains("unknown band 'ultra'"));

    [Fact]
    public void Serializer_round_trips_a_protocol_as_json_text()
    {
        var json = ProtocolSerializer.Serialize(Standard);
        var back = ProtocolSerializer.Deserialize(json);
        Assert.Equal(json, ProtocolSerializer.Serialize(back));
        Assert.Contains("\"procedureType\":\"microneedling\"", json);
        Assert.Contains("\"kind\":\"blocked\"", json);
        Assert.Equal(Standard.Windows.Count, back.Windows.Count);
    }

    [Fact]
    public void Deserializing_an_invalid_protocol_throws_with_every_error()
    {
        var json = ProtocolSerializer.Serialize(WithWindow("peptide", w => w with { Hours = -5, Sources = [] }));
        var ex = Assert.Throws<ProtocolValidationException>(() => ProtocolSerializer.Deserialize(json));
        Assert.Equal("microneedling-standard", ex.ProtocolId);
        Assert.True(ex.Errors.Count >= 2);
    }

    [Fact]
    public void Malformed_json_throws_json_exception() =>
        Assert.ThrowsAny<JsonException>(() => ProtocolSerializer.Deserialize("{\"id\": "));

    [Fact]
    public void Library_finds_by_id_and_defaults_to_the_standard()
    {
        var library = ProtocolLibrary.FromEmbedded();
        Assert.Equal("microneedling-standard", library.Find(null)!.Id);
        Assert.Null(library.Find("no-such-protocol"));
    }
}
