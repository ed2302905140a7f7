using Compatibility.Storage.Admin;

namespace Compatibility.Storage.Tests.Admin;

/// <summary>RFC 9110 §13.1.1 / §8.8.3: what <c>If-Match</c> may hold, and weak comparison against a stored ETag.</summary>
public sealed class IfMatchTests
{
    private const string Stored = "W/\"datetime'2026-12-02T10%3A00%3A00.1234567Z'\"";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_absent_or_blank_header_is_no_condition(string? header)
    {
        var parsed = IfMatch.Parse(header);
        Assert.True(parsed.IsValid);
        Assert.False(parsed.IsPresent);
    }

    [Theory]
    [InlineData("*", true)]
    [InlineData(" * ", true)]
    [InlineData("\"datetime'2026-12-02T10%3A00%3A00.1234567Z'\"", true)] // the strong form of the stored (weak) tag
    [InlineData(Stored, true)]
    [InlineData("\"old\", " + Stored, true)]
    [InlineData(", ,\"old\",, W/\"datetime'2026-12-02T10%3A00%3A00.1234567Z'\" ,", true)] // empty list elements are ignored
    [InlineData("\"\"", false)] // a valid, empty tag that matches nothing
    [InlineData("\"old\", W/\"older\"", false)]
    [InlineData("W/\"datetime'2026-12-02T10%3A00%3A00.1234568Z'\"", false)]
    public void Valid_headers_match_by_weak_comparison(string header, bool matches)
    {
        var parsed = IfMatch.Parse(header);
        Assert.True(parsed.IsValid, parsed.Error);
        Assert.True(parsed.IsPresent);
        Assert.Equal(matches, parsed.Matches(Stored));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("W/*")]
    [InlineData("'")]
    [InlineData("\"unterminated")]
    [InlineData("\"a\" \"b\"")]
    [InlineData("W/")]
    [InlineData("w/\"a\"")] // the weak prefix is case-sensitive
    [InlineData("W /\"a\"")]
    [InlineData("\"a\",garbage")]
    [InlineData("*, \"a\"")] // * stands alone
    [InlineData("**")]
    [InlineData("\"with space\"")]
    [InlineData("\"a\"\"b\"")]
    [InlineData("\"\u007f\"")]
    [InlineData("\"é\"")] // obs-text is refused: no tag of ours holds it
    [InlineData(",")]
    public void Anything_else_is_malformed_and_says_why(string header)
    {
        var parsed = IfMatch.Parse(header);
        Assert.False(parsed.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
    }

    [Fact]
    public void A_header_longer_than_the_limit_is_malformed_however_well_formed()
    {
        var list = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"\"t{i}\""));
        Assert.True(list.Length > IfMatch.MaxLength);
        Assert.False(IfMatch.Parse(list).IsValid);
        Assert.False(IfMatch.Parse(new string('x', 8_000)).IsValid);
        var fits = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"t{i}\""));
        Assert.InRange(fits.Length, 600, IfMatch.MaxLength);
        Assert.True(IfMatch.Parse(fits).IsValid);
    }
}
