using BenchmarkDotNet.Attributes;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Protocols;
using Compatibility.Testing;

namespace Compatibility.Benchmarks;

/// <summary>
/// How a check's cost grows with the bundle: 1, 5, 25 and 100 products (the API takes at most 50), drawn in turn from the
/// eleven real labels, 30 h after a professional-depth procedure. <see cref="Check"/> is the engine on analysed labels;
/// <see cref="AnalyseCachedAndCheck"/> adds the serving path's label lookups through a warm snapshot cache (the labels
/// repeat, as a shop's do). Goal: linear or better in the work, which is the products plus the conflicts found.
/// Run: <c>dotnet run -c Release --project benchmarks/Compatibility.Benchmarks -- --filter *GrowthBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BundleGrowthBenchmarks
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static readonly (string Category, string Label)[] Labels =
    [
        ("serum", RealLabels.RetinolSerum),
        ("toner", RealLabels.GlycolicToner),
        ("serum", RealLabels.VitaminCSerum),
        ("sunscreen", RealLabels.MineralSunscreen),
        ("sunscreen", RealLabels.ChemicalSunscreen),
        ("serum", RealLabels.PeptideSerumWithSalicylicAcid),
        ("foundation", RealLabels.Foundation),
        ("cleanser", RealLabels.EssentialOilCleanser),
        ("other", RealLabels.BenzoylPeroxideKit),
        ("moisturizer", RealLabels.WeledaSkinFood),
        ("cleanser", RealLabels.CleansingCloths),
    ];

    private CheckEngine _engine = null!;
    private Protocol _protocol = null!;
    private LabelAnalysisCache _cache = null!;
    private CheckInput _analysed = null!;

    [Params(1, 5, 25, 100)]
    public int Products { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _engine = new CheckEngine(ConflictRulesLoader.LoadEmbedded(), TimeProvider.System);
        _protocol = EmbeddedProtocols.Standard();
        _cache = new LabelAnalysisCache(new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load())), []);
        _analysed = Input(Bundle());
        Console.WriteLine($"// {Products} products: {_engine.Check(_analysed).Conflicts.Count} conflicts");
    }

    [Benchmark(Baseline = true)]
    public CheckResult Check() => _engine.Check(_analysed);

    [Benchmark]
    public CheckResult AnalyseCachedAndCheck() => _engine.Check(Input(Bundle()));

    private List<ProductToCheck> Bundle()
    {
        var products = new List<ProductToCheck>(Products);
        for (var i = 0; i < Products; i++)
        {
            var (category, label) = Labels[i % Labels.Length];
            products.Add(new ProductToCheck($"p{i}", null, category, _cache.Analyze(label)));
        }

        return products;
    }

    private CheckInput Input(IReadOnlyList<ProductToCheck> products) =>
        new(new Procedure("microneedling", PerformedAt, 1.0), PerformedAt.AddHours(30), _protocol, products);
}
