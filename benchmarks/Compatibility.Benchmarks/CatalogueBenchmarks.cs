using BenchmarkDotNet.Attributes;
using Compatibility.Core.Catalogue;

namespace Compatibility.Benchmarks;

/// <summary>
/// Catalogue goals (issue 2): load + index from the embedded resource ≤ 500 ms;
/// fuzzy lookup of an unknown name ≤ 50 µs. Exact lookups feed the label analyser's 10 µs budget.
/// </summary>
[MemoryDiagnoser]
public class CatalogueBenchmarks
{
    private CatalogueIndex _index = null!;

    [GlobalSetup]
    public void Setup() => _index = CatalogueIndex.Create(EmbeddedCatalogue.Load());

    [Benchmark(Description = "load embedded catalogue + build index")]
    public CatalogueIndex LoadAndIndex() => CatalogueIndex.Create(EmbeddedCatalogue.Load());

    [Benchmark(Description = "exact match (INCI name, mixed case)")]
    public IngredientMatch? ExactMatch() => _index.Match("Sodium Hyaluronate");

    [Benchmark(Description = "synonym match")]
    public IngredientMatch? SynonymMatch() => _index.Match("Avobenzone");

    [Benchmark(Description = "fuzzy match of a typo")]
    public IngredientMatch? FuzzyTypo() => _index.Match("Sodum Hyaluronate");

    [Benchmark(Description = "fuzzy lookup of an unknown name")]
    public IngredientMatch? FuzzyUnknown() => _index.Match("Xylophonic Moonbeam Essence");

    [Benchmark(Description = "suggest for an unknown name")]
    public IReadOnlyList<string> Suggest() => _index.Suggest("Sodiom Hyaluronat Crospolymer");

    [Benchmark(Description = "search 'hyaluron', first page")]
    public IReadOnlyList<Ingredient> Search() => _index.Search("hyaluron", 0, 20, out _);
}
