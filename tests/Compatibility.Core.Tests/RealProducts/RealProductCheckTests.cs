using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Tests.TestSupport;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.RealProducts;

/// <summary>
/// Real labels through the real analyser and the shipped catalogue, then the engine, each at several times after a
/// professional-depth session on 2026-11-20 10:00 +01:00.
/// </summary>
public sealed class RealProductCheckTests
{
    private static readonly Lazy<LabelAnalyzer> Analyzer = new(() => new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load())));
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static ProductToCheck Product(string reference, string label, string? category = null) =>
        Fixtures.Product(reference, Analyzer.Value.Analyze(label), category);

    private static ProductResult At(ProductToCheck product, double hours) =>
        Fixtures.Check(PerformedAt, PerformedAt.AddHours(hours), product).Products[0];

    private static void AssertTimeline(ProductToCheck product, params (double Hours, Verdict Verdict, double? AllowedFromHours)[] timeline)
    {
        foreach (var (hours, verdict, allowedFrom) in timeline)
        {
            var result = At(product, hours);
            Assert.True(verdict == result.Verdict, $"{product.Ref} at {hours} h: expected {verdict}, got {result.Verdict} ({string.Join(", ", result.Findings.Where(f => f.Verdict != Verdict.Allowed).Select(f => f.Ingredient + ":" + f.Rule))})");
            Assert.Equal(allowedFrom is { } h ? PerformedAt.AddHours(h) : null, result.AllowedFrom);
        }
    }

    private static void AssertFinding(ProductToCheck product, string ingredient, string classId) =>
        Assert.Contains(At(product, 0).Findings, f => f.Ingredient == ingredient && f.Class == classId);

    private static void AssertNoClass(ProductToCheck product, string classId) =>
        Assert.DoesNotContain(At(product, 0).Findings, f => f.Class == classId);

    [Fact]
    public void Labels_are_fully_recognised()
    {
        foreach (var (name, label) in new[]
        {
            (nameof(RealLabels.RetinolSerum), RealLabels.RetinolSerum), (nameof(RealLabels.GlycolicToner), RealLabels.GlycolicToner),
            (nameof(RealLabels.VitaminCSerum), RealLabels.VitaminCSerum), (nameof(RealLabels.MineralSunscreen), RealLabels.MineralSunscreen),
            (nameof(RealLabels.ChemicalSunscreen), RealLabels.ChemicalSunscreen), (nameof(RealLabels.PeptideSerumWithSalicylicAcid), RealLabels.PeptideSerumWithSalicylicAcid),
            (nameof(RealLabels.Foundation), RealLabels.Foundation), (nameof(RealLabels.EssentialOilCleanser), RealLabels.EssentialOilCleanser),
            (nameof(RealLabels.BenzoylPeroxideKit), RealLabels.BenzoylPeroxideKit),
        })
        {
            var analysis = Analyzer.Value.Analyze(label);
            Assert.True(analysis.Unrecognized == 0, $"{name}: {string.Join(" | ", analysis.Entries.Where(e => e.Match is null).Select(e => e.Input))}");
        }
    }

    [Fact]
    public void Retinol_serum_is_blocked_for_ten_days()
    {
        var product = Product("retinol", RealLabels.RetinolSerum, "serum");
        AssertFinding(product, "RETINOL", IngredientClass.Retinoid);
        AssertTimeline(product, (1, Verdict.Blocked, 240), (48, Verdict.Blocked, 240), (239.98, Verdict.Blocked, 240), (240, Verdict.Allowed, null), (400, Verdict.Allowed, null));
    }

    [Fact]
    public void Glycolic_toner_is_blocked_for_ten_days()
    {
        var product = Product("glycolic", RealLabels.GlycolicToner, "toner");
        AssertFinding(product, "GLYCOLIC ACID", IngredientClass.Aha);
        AssertTimeline(product, (6, Verdict.Blocked, 240), (72, Verdict.Blocked, 240), (240, Verdict.Allowed, null));
    }

    [Fact]
    public void Vitamin_c_serum_is_blocked_three_days_then_waits_to_day_ten()
    {
        var product = Product("vitamin-c", RealLabels.VitaminCSerum, "serum");
        AssertFinding(product, "ASCORBIC ACID", IngredientClass.VitaminC);
        AssertFinding(product, "SODIUM HYALURONATE", IngredientClass.HyaluronicAcid);
        AssertTimeline(product, (2, Verdict.Blocked, 240), (71.9, Verdict.Blocked, 240), (72, Verdict.Wait, 240), (168, Verdict.Wait, 240), (240, Verdict.Allowed, null));
    }

    [Fact]
    public void Peptide_serum_with_salicylic_acid_is_blocked_by_the_acid_after_the_peptide_window()
    {
        var product = Product("peptide-bha", RealLabels.PeptideSerumWithSalicylicAcid, "serum");
        AssertFinding(product, "SALICYLIC ACID", IngredientClass.Bha);
        AssertFinding(product, "ACETYL HEXAPEPTIDE-8", IngredientClass.Peptide);
        AssertFinding(product, "NIACINAMIDE", IngredientClass.Niacinamide);
        AssertTimeline(product, (12, Verdict.Blocked, 240), (73, Verdict.Blocked, 240), (240, Verdict.Allowed, null));
        Assert.Contains(At(product, 73).Findings, f => f.Class == IngredientClass.Peptide && f.Verdict == Verdict.Allowed);
    }

    [Fact]
    public void Mineral_sunscreen_waits_one_day()
    {
        var product = Product("mineral-spf", RealLabels.MineralSunscreen, "sunscreen");
        AssertFinding(product, "ZINC OXIDE", IngredientClass.MineralUvFilter);
        AssertFinding(product, "TITANIUM DIOXIDE", IngredientClass.MineralUvFilter);
        AssertNoClass(product, IngredientClass.Bha);
        AssertNoClass(product, IngredientClass.ChemicalUvFilter);
        AssertTimeline(product, (1, Verdict.Wait, 24), (23.5, Verdict.Wait, 24), (24, Verdict.Allowed, null), (72, Verdict.Allowed, null));
    }

    [Fact]
    public void Chemical_sunscreen_is_blocked_by_its_filters_fragrance_and_alcohol()
    {
        var product = Product("chemical-spf", RealLabels.ChemicalSunscreen, "sunscreen");
        AssertFinding(product, "BUTYL METHOXYDIBENZOYLMETHANE", IngredientClass.ChemicalUvFilter);
        AssertFinding(product, "ALCOHOL DENAT.", IngredientClass.DryingAlcohol);
        // Avobenzone is not benzoyl peroxide; ethylhexyl salicylate (octisalate) is not salicylic acid.
        AssertNoClass(product, IngredientClass.BenzoylPeroxide);
        AssertNoClass(product, IngredientClass.Bha);
        AssertTimeline(product, (24, Verdict.Blocked, 336), (49, Verdict.Blocked, 336), (240, Verdict.Blocked, 336), (336, Verdict.Allowed, null));
        Assert.Contains(At(product, 49).Findings, f => f.Class == IngredientClass.ChemicalUvFilter && f.Verdict == Verdict.Allowed);
    }

    [Fact]
    public void Foundation_is_blocked_as_heavy_makeup_for_three_days()
    {
        var product = Product("foundation", RealLabels.Foundation, "foundation");
        Assert.Contains(At(product, 0).Findings, f => f.Category == "foundation" && f.Rule == "window:category-foundation");
        AssertTimeline(product, (6, Verdict.Blocked, 72), (48, Verdict.Blocked, 72), (72, Verdict.Allowed, null));
    }

    [Fact]
    public void Essential_oil_cleanser_is_blocked_for_three_days()
    {
        var product = Product("eo-cleanser", RealLabels.EssentialOilCleanser, "cleanser");
        Assert.Contains(At(product, 0).Findings, f => f.Class == IngredientClass.EssentialOil);
        AssertTimeline(product, (6, Verdict.Blocked, 72), (71.5, Verdict.Blocked, 72), (72, Verdict.Allowed, null));
    }

    [Fact]
    public void Benzoyl_peroxide_kit_is_blocked_for_ten_days()
    {
        var product = Product("bp-kit", RealLabels.BenzoylPeroxideKit);
        AssertFinding(product, "BENZOYL PEROXIDE", IngredientClass.BenzoylPeroxide);
        AssertTimeline(product, (6, Verdict.Blocked, 240), (120, Verdict.Blocked, 240), (240, Verdict.Allowed, null));
    }

    [Fact]
    public void Bundle_of_real_products_reports_its_worst_verdict_ready_at_and_conflicts()
    {
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddHours(24),
            Product("retinol", RealLabels.RetinolSerum, "serum"),
            Product("glycolic", RealLabels.GlycolicToner, "toner"),
            Product("vitamin-c", RealLabels.VitaminCSerum, "serum"),
            Product("mineral-spf", RealLabels.MineralSunscreen, "sunscreen"),
            Product("bp-kit", RealLabels.BenzoylPeroxideKit));

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), result.ReadyAt);
        Assert.Equal(Verdict.Allowed, result.Products[3].Verdict);
        var pairs = result.Conflicts.Select(c => $"{c.Products[0]}+{c.Products[1]}:{c.Rule}").ToList();
        Assert.Contains("retinol+glycolic:retinoid-with-acids", pairs);
        Assert.Contains("retinol+vitamin-c:vitamin-c-with-retinoid", pairs);
        Assert.Contains("retinol+bp-kit:benzoyl-peroxide-with-retinoid", pairs);
        Assert.Contains("glycolic+vitamin-c:vitamin-c-with-acids", pairs);
        Assert.Contains("vitamin-c+bp-kit:benzoyl-peroxide-with-vitamin-c", pairs);
        Assert.DoesNotContain(result.Conflicts, c => c.Products.Contains("mineral-spf"));
    }

    [Fact]
    public void Weleda_skin_food_is_held_three_days_by_its_fragrance_not_fourteen_by_alcohol_in_a_cream()
    {
        var product = Product("weleda", RealLabels.WeledaSkinFood, "moisturizer");
        var alcohol = Assert.Single(At(product, 0).Findings, f => f.Class == IngredientClass.DryingAlcohol);
        Assert.Equal(5, alcohol.Position);
        Assert.False(alcohol.Trace);
        AssertTimeline(product, (6, Verdict.Blocked, 72), (71.9, Verdict.Blocked, 72), (72, Verdict.Allowed, null));
        Assert.All(At(product, 0).Findings, f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void Cleansing_cloths_with_lactic_acid_after_the_preservative_wait_only_for_their_floor()
    {
        var product = Product("cloths", RealLabels.CleansingCloths, "cleanser");
        var acid = Assert.Single(At(product, 0).Findings, f => f.Class == IngredientClass.Aha);
        Assert.True(acid.Trace);
        Assert.Contains("after the 1 % line: entry 6 of 8 (the line starts at entry 5, PHENOXYETHANOL)", acid.Reason, StringComparison.Ordinal);
        AssertTimeline(product, (1, Verdict.Wait, 24), (23.9, Verdict.Wait, 24), (24, Verdict.Allowed, null));
    }

    [Fact]
    public void EltaMD_UV_Clear_lactic_acid_is_a_pH_adjuster_beside_zinc_oxide_so_only_its_chemical_filter_holds_it()
    {
        // The issue's first example, from the project's fixture: lactic acid at entry 11 of 20, above the first marker
        // (phenoxyethanol, entry 18), beside 9 % zinc oxide that keeps the formula near pH 7.
        var product = Product("uv-clear", Labels.LabelFixtures.Read("eltamd-uv-clear-spf-46.txt"), "sunscreen");
        var acid = Assert.Single(At(product, 24).Findings, f => f.Class == IngredientClass.Aha);
        Assert.Equal("LACTIC ACID", acid.Ingredient);
        Assert.Equal(11, acid.Position);
        Assert.True(acid.Trace);
        Assert.Equal(Verdict.Allowed, acid.Verdict);
        Assert.Contains("entry 11 of 20, with ZINC OXIDE at entry 1, 9.0 % printed", acid.Reason, StringComparison.Ordinal);
        Assert.Contains(acid.Sources, s => s.Id == "chemistscorner-zinc-oxide-lactic");
        // Octinoxate (a chemical filter) holds it 48 h; before the fix the acid held it 10 days.
        AssertTimeline(product, (6, Verdict.Blocked, 48), (47.9, Verdict.Blocked, 48), (48, Verdict.Allowed, null), (240, Verdict.Allowed, null));
        Assert.All(At(product, 0).Findings, f => Assert.NotEmpty(f.Sources));
    }
}
