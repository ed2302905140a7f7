using BenchmarkDotNet.Attributes;
using Compatibility.Core.Labels;
using Compatibility.Core.Labels.Reading;

namespace Compatibility.Benchmarks;

/// <summary>
/// The label reader's stages on the typical 35-entry label: lexing, lexing + structure, the whole parse (the rest is the
/// entry reader). Run: <c>dotnet run -c Release --project benchmarks/Compatibility.Benchmarks -- --filter *LabelStageBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LabelStageBenchmarks
{
    private const string TypicalLabel = LabelBenchmarks.TypicalLabel;

    [Benchmark]
    public int Lex()
    {
        using var tokens = LabelLexer.Lex(TypicalLabel);
        return tokens.Count;
    }

    [Benchmark]
    public int LexStructure()
    {
        using var tokens = LabelLexer.Lex(TypicalLabel);
        var raw = new List<RawEntry>(56);
        LabelStructure.Read(tokens, raw, []);
        return raw.Count;
    }

    [Benchmark]
    public int Parse() => LabelParser.Read(TypicalLabel).Entries.Count;
}
