using BenchmarkDotNet.Attributes;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Benchmarks;

/// <summary>
/// Label analysis on the serving path: parse + match a typical 35-ingredient label against the full embedded
/// catalogue (goal: at most 15 µs on this machine), and the same label 10 and 100 times over (goal: cost linear in
/// length, the 10× label at most 10 times the 1×). Run: <c>dotnet run -c Release --project benchmarks/Compatibility.Benchmarks -- --filter *LabelBenchmarks* --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LabelBenchmarks
{
    // A moisturiser as printed on an EU pack: brackets, slashes, 1,2-Hexanediol, fragrance allergens; 35 entries.
    internal const string TypicalLabel =
        "Aqua (Water), Glycerin, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Niacinamide, Butylene Glycol, Squalane, " +
        "Dimethicone, Glyceryl Stearate, PEG-100 Stearate, Butyrospermum Parkii (Shea) Butter, Panthenol, Sodium Hyaluronate, " +
        "Ceramide NP, Ceramide AP, Ceramide EOP, Phytosphingosine, Cholesterol, Tocopherol, Allantoin, Sodium Lauroyl Lactylate, " +
        "Carbomer, Xanthan Gum, Hydroxyacetophenone, Disodium EDTA, Citric Acid, Sodium Hydroxide, Phenoxyethanol, " +
        "Ethylhexylglycerin, Caprylyl Glycol, 1,2-Hexanediol, Parfum/Fragrance, Limonene, Linalool, Tocopheryl Acetate.";

    // A US sunscreen with a drug-facts header, glued percentages and a may-contain block; 30 entries.
    private const string DrugFactsLabel =
        "Active Ingredients: Avobenzone 3%, Homosalate 10%, Octisalate 5%, Octocrylene 2.8%, Zinc Oxide 9%Inactive Ingredients: " +
        "Water, Styrene/Acrylates Copolymer, Silica, Diethylhexyl 2,6-Naphthalate, Dimethicone, Ethylhexylglycerin, Glyceryl Stearate, " +
        "Behenyl Alcohol, Polyester-7, Caprylyl Methicone, Trimethylsiloxysilicate, PEG-100 Stearate, Caprylyl Glycol, " +
        "Neopentyl Glycol Diheptanoate, Chlorphenesin, Methylparaben, Sodium Polyacrylate, Xanthan Gum, Disodium EDTA, " +
        "Tocopheryl Acetate, Fragrance. May Contain (+/-): Iron Oxides (CI 77491), Titanium Dioxide (CI 77891), Mica.";

    // The typical label's entries repeated: 350 and 3,500 entries, the same mix of shapes.
    private static readonly string TypicalLabelTimes10 = Repeat(TypicalLabel, 10);
    private static readonly string TypicalLabelTimes100 = Repeat(TypicalLabel, 100);

    private LabelAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup() => _analyzer = new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load()));

    /// <summary>Calibration on a shared machine: the cheapest possible split of the same label.</summary>
    [Benchmark]
    public int SplitOnCommas() => TypicalLabel.Split(", ").Length;

    [Benchmark]
    public int ParseTypicalLabel() => LabelParser.Parse(TypicalLabel).Count;

    [Benchmark(Baseline = true)]
    public int AnalyzeTypicalLabel() => _analyzer.Analyze(TypicalLabel).Entries.Count;

    [Benchmark]
    public int AnalyzeTypicalLabelTimes10() => _analyzer.Analyze(TypicalLabelTimes10).Entries.Count;

    [Benchmark]
    public int AnalyzeTypicalLabelTimes100() => _analyzer.Analyze(TypicalLabelTimes100).Entries.Count;

    [Benchmark]
    public int AnalyzeDrugFactsLabel() => _analyzer.Analyze(DrugFactsLabel).Entries.Count;

    private static string Repeat(string label, int times) =>
        string.Join(", ", Enumerable.Repeat(label.TrimEnd('.'), times)) + ".";
}
