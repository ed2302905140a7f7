using BenchmarkDotNet.Attributes;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Protocols;
using Compatibility.Testing;

namespace Compatibility.Benchmarks;

/// <summary>
/// Checking a bundle of five real products in-process (goal: at most 30 µs).
/// <see cref="CheckAnalysedBundle"/> is the engine alone: labels are analysed once in setup, as the serving path
/// analyses each inline label once per request. <see cref="AnalyseAndCheckBundle"/> includes analysing the five labels.
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly (string Ref, string Category, string Label)[] _bundle =
    [
        ("retinol", "serum", RealLabels.RetinolSerum),
        ("glycolic", "toner", RealLabels.GlycolicToner),
        ("vitamin-c", "serum", RealLabels.VitaminCSerum),
        ("spf", "sunscreen", RealLabels.ChemicalSunscreen),
        ("peptide-bha", "serum", RealLabels.PeptideSerumWithSalicylicAcid),
    ];

    private CheckEngine _engine = null!;
    private Protocol _protocol = null!;
    private LabelAnalyzer _analyzer = null!;
    private CheckInput _analysed = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = new CheckEngine(ConflictRulesLoader.LoadEmbedded(), TimeProvider.System);
        _protocol = EmbeddedProtocols.Standard();
        _analyzer = new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load()));
        _analysed = Input(_bundle.Select(p => new ProductToCheck(p.Ref, null, p.Category, _analyzer.Analyze(p.Label))).ToList());
    }

    [Benchmark(Baseline = true)]
    public CheckResult CheckAnalysedBundle() => _engine.Check(_analysed);

    [Benchmark]
    public CheckResult AnalyseAndCheckBundle() =>
        _engine.Check(Input(_bundle.Select(p => new ProductToCheck(p.Ref, null, p.Category, _analyzer.Analyze(p.Label))).ToList()));

    private CheckInput Input(IReadOnlyList<ProductToCheck> products) =>
        new(new Procedure("microneedling", PerformedAt, 1.0), PerformedAt.AddHours(30), _protocol, products);
}
