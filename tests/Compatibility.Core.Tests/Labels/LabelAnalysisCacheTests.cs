using System.Text.Json;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;
using Compatibility.Core.Products;
using Compatibility.Core.Tests.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Labels;

/// <summary>
/// The snapshot's label cache answers exactly what the analyser answers: for every real label fixture, on a miss and on a
/// hit, for stored products' labels analysed at load, after its generations rotate, and on a new snapshot whose
/// catalogue differs. Analyses are compared whole, every member serialised.
/// </summary>
public sealed class LabelAnalysisCacheTests
{
    private static readonly Lazy<LabelAnalyzer> Uncached = new(() => new LabelAnalyzer(ShippedCatalogue.Index));

    private static readonly JsonSerializerOptions Whole = new() { IncludeFields = true };

    public static TheoryData<string> Fixtures() => new(LabelFixtures.Names);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_is_analysed_the_same_on_a_miss_and_on_a_hit(string name)
    {
        var label = LabelFixtures.Read(name);
        var cache = new LabelAnalysisCache(Uncached.Value, []);
        var expected = Describe(Uncached.Value.Analyze(label));

        var miss = cache.Analyze(label);
        var hit = cache.Analyze(label);

        Assert.Equal(expected, Describe(miss));
        Assert.Same(miss, hit);
        Assert.Equal(1, cache.CachedLabels);
    }

    [Fact]
    public void Stored_products_labels_are_analysed_at_load_and_not_counted_as_cached()
    {
        var stored = LabelFixtures.Read(LabelFixtures.Names[0]);
        var cache = new LabelAnalysisCache(Uncached.Value, [stored, stored]);

        Assert.Equal(0, cache.CachedLabels);
        Assert.Equal(Describe(Uncached.Value.Analyze(stored)), Describe(cache.Analyze(stored)));
        Assert.Same(cache.Analyze(stored), cache.Analyze(stored));
        Assert.Equal(0, cache.CachedLabels);
    }

    [Fact]
    public void A_small_cache_stays_within_two_generations_and_still_answers_every_label_right()
    {
        var labels = LabelFixtures.Names.Take(12).Select(LabelFixtures.Read).ToList();
        var cache = new LabelAnalysisCache(Uncached.Value, [], maxLabels: 3);

        for (var round = 0; round < 3; round++)
        {
            foreach (var label in labels)
            {
                Assert.Equal(Describe(Uncached.Value.Analyze(label)), Describe(cache.Analyze(label)));
                Assert.InRange(cache.CachedLabels, 1, 5);
            }
        }
    }

    [Fact]
    public void The_character_budget_rotates_too_and_a_label_larger_than_it_is_analysed_but_not_kept()
    {
        var cache = new LabelAnalysisCache(Uncached.Value, [], maxChars: 40);

        Assert.Equal(Describe(Uncached.Value.Analyze("Aqua, Glycerin")), Describe(cache.Analyze("Aqua, Glycerin")));
        Assert.Equal(1, cache.CachedLabels);
        var large = "Aqua, Glycerin, Niacinamide, Sodium Hyaluronate, Panthenol, Retinol";
        Assert.Equal(Describe(Uncached.Value.Analyze(large)), Describe(cache.Analyze(large)));
        Assert.Equal(1, cache.CachedLabels);

        // 14 + 15 + 14 characters reach 40: those three become the previous generation, the next label starts a new one.
        cache.Analyze("Aqua, Panthenol");
        cache.Analyze("Aqua, Squalane");
        Assert.Equal(3, cache.CachedLabels);
        cache.Analyze("Aqua, Allantoin");
        Assert.Equal(4, cache.CachedLabels);

        // 15 + 15 + 17 reach 40 again: the first three are dropped.
        cache.Analyze("Aqua, Bisabolol");
        cache.Analyze("Aqua, Ceramide NP");
        Assert.Equal(3, cache.CachedLabels);
        Assert.Equal(Describe(Uncached.Value.Analyze("Aqua, Glycerin")), Describe(cache.Analyze("Aqua, Glycerin")));
        Assert.Equal(4, cache.CachedLabels);
    }

    [Fact]
    public void A_new_snapshot_does_not_answer_from_the_old_ones_cache()
    {
        const string label = "Aqua, Glycerin, Retinol";
        const string sku = "CACHE-1";
        var withRetinol = new CatalogueSnapshot(ShippedCatalogue.Index, "test", DateTimeOffset.UnixEpoch, [new Product(sku, "n", null, null, "Aqua, Retinol")]);
        var withoutRetinol = new CatalogueSnapshot(
            CatalogueIndex.Create(ShippedCatalogue.Data with
            {
                Version = "test-retinol-unclassed",
                Ingredients = ShippedCatalogue.Data.Ingredients.Select(i => i.Id == "retinol" ? i with { Classes = [] } : i).ToList(),
            }),
            "test",
            DateTimeOffset.UnixEpoch,
            [new Product(sku, "n", null, null, "Aqua, Glycerin")]);

        var before = withRetinol.Labels.Analyze(label);
        var after = withoutRetinol.Labels.Analyze(label);

        Assert.Equal(["retinoid"], before.Entries[2].Match!.Ingredient.Classes);
        Assert.Empty(after.Entries[2].Match!.Ingredient.Classes);
        Assert.Equal(Describe(withoutRetinol.Analyzer.Analyze(label)), Describe(after));
        Assert.Equal(Describe(withoutRetinol.Analyzer.Analyze("Aqua, Glycerin")), Describe(withoutRetinol.Labels.Analyze(withoutRetinol.FindProduct(sku)!.Inci)));
    }

    [Fact]
    public void A_stored_label_the_analyser_cannot_read_does_not_fail_the_snapshot_and_fails_when_asked_for_as_without_the_cache()
    {
        var analyzer = new LabelAnalyzer(ShippedCatalogue.Index, new FailingMatcher(new CatalogueNameMatcher(ShippedCatalogue.Index)));
        const string broken = "Aqua, Explodium";
        Assert.Throws<InvalidOperationException>(() => analyzer.Analyze(broken));

        var cache = new LabelAnalysisCache(analyzer, ["Aqua, Glycerin", broken]);

        Assert.Equal(Describe(analyzer.Analyze("Aqua, Glycerin")), Describe(cache.Analyze("Aqua, Glycerin")));
        Assert.Throws<InvalidOperationException>(() => cache.Analyze(broken));
        Assert.Equal(0, cache.CachedLabels);
    }

    private static string Describe(LabelAnalysis analysis) => JsonSerializer.Serialize(analysis, Whole);

    // The real catalogue's matcher, except that one name makes it throw, as a parser or matcher bug would.
    private sealed class FailingMatcher(ILabelNameMatcher inner) : ILabelNameMatcher
    {
        public IngredientMatch? MatchExact(string name) => Fail(name) ?? inner.MatchExact(name);

        public IngredientMatch? MatchFuzzy(string name) => Fail(name) ?? inner.MatchFuzzy(name);

        public IReadOnlyList<string> Suggest(string name) => inner.Suggest(name);

        public bool SameSubstance(Ingredient a, Ingredient b) => inner.SameSubstance(a, b);

        public SpeciesCandidateList? SpeciesCandidates(string name) => inner.SpeciesCandidates(name);

        private static IngredientMatch? Fail(string name) =>
            name.Contains("explodium", StringComparison.OrdinalIgnoreCase) ? throw new InvalidOperationException("matcher failed") : null;
    }
}
