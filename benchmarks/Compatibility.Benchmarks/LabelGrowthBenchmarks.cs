using System.Globalization;
using BenchmarkDotNet.Attributes;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Benchmarks;

/// <summary>
/// How label analysis grows with the label: 10, 40 and 160 entries. The entries are catalogue INCI names in title case,
/// every fourth one with a typo (a dropped letter, as feeds have), so both the exact and the fuzzy path are in it.
/// <see cref="AnalyseRepeatedBlock"/> is the first ten entries repeated to the size, so the names stay the same and only
/// their number grows; <see cref="AnalyseCached"/> is a repeat of the same label through the snapshot cache. Goal: linear or better.
/// Run: <c>dotnet run -c Release --project benchmarks/Compatibility.Benchmarks -- --filter *GrowthBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LabelGrowthBenchmarks
{
    private LabelAnalyzer _analyzer = null!;
    private LabelAnalysisCache _cache = null!;
    private string _label = null!;
    private string _repeated = null!;

    [Params(10, 40, 160)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var catalogue = EmbeddedCatalogue.Load();
        _analyzer = new LabelAnalyzer(CatalogueIndex.Create(catalogue));
        _cache = new LabelAnalysisCache(_analyzer, []);

        // Plain names (letters, spaces, hyphens; 8 to 30 characters) spread over the whole catalogue, same for every size.
        var plain = catalogue.Ingredients
            .Select(i => i.InciName)
            .Where(n => n.Length is >= 8 and <= 30 && n.All(c => char.IsAsciiLetterUpper(c) || c is ' ' or '-'))
            .ToList();
        var step = plain.Count / 160;
        var names = Enumerable.Range(0, Entries).Select(i => Printed(plain[i * step], typo: i % 4 == 3));
        _label = string.Join(", ", names);
        // The first ten entries again and again: the same names whatever the size, so only the count grows.
        var block = string.Join(", ", Enumerable.Range(0, 10).Select(i => Printed(plain[i * step], typo: i % 4 == 3)));
        _repeated = string.Join(", ", Enumerable.Repeat(block, Entries / 10));
        var analysis = _analyzer.Analyze(_label);
        Console.WriteLine($"// {Entries} entries, {_label.Length} characters: {analysis.Recognized} recognised, {analysis.Unrecognized} not");
        _cache.Analyze(_label);
    }

    [Benchmark(Baseline = true)]
    public LabelAnalysis Analyse() => _analyzer.Analyze(_label);

    [Benchmark]
    public LabelAnalysis AnalyseRepeatedBlock() => _analyzer.Analyze(_repeated);

    [Benchmark]
    public LabelAnalysis AnalyseCached() => _cache.Analyze(_label);

    private static string Printed(string inci, bool typo)
    {
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(inci.ToLowerInvariant());
        return typo ? name.Remove(name.Length / 2, 1) : name;
    }
}
