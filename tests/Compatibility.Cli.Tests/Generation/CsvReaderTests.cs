using Compatibility.Cli.Generation;

namespace Compatibility.Cli.Tests.Generation;

/// <summary>The RFC 4180 cases the CosIng, allergen and feed files rely on.</summary>
public sealed class CsvReaderTests
{
    private static List<string[]> Read(string text) => CsvReader.Read(text).Select(r => r.ToArray()).ToList();

    [Theory]
    [InlineData("h1,h2\r\na,b\r\n")]
    [InlineData("h1,h2\na,b\n")]
    [InlineData("h1,h2\r\na,b")]
    public void Records_end_at_crlf_or_lf_and_a_final_line_end_adds_no_record(string text) =>
        Assert.Equal([["h1", "h2"], ["a", "b"]], Read(text));

    [Fact]
    public void Quoted_fields_keep_commas_line_breaks_and_doubled_quotes()
    {
        var rows = Read("1,\"AQUA, WATER\",\"line one\r\nline two\",\"say \"\"hi\"\"\"\r\n2,x,y,z\r\n");

        Assert.Equal(["1", "AQUA, WATER", "line one\r\nline two", "say \"hi\""], rows[0]);
        Assert.Equal(["2", "x", "y", "z"], rows[1]);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void Empty_fields_and_blank_lines_are_kept_for_the_caller_to_judge()
    {
        // A blank line is one empty field: the source readers skip it; a short row is theirs to refuse.
        Assert.Equal([["a", "", ""], [""], ["", "b"], ["\"\""]], Read("a,,\r\n\r\n,b\r\n\"\"\"\"\"\"\r\n"));
    }

    [Fact]
    public void Nothing_gives_no_record() => Assert.Empty(Read(""));
}
