using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Planning;
using Compatibility.Core.Preparing;
using Compatibility.Core.Protocols;
using Compatibility.Core.Routines;
using Compatibility.Core.Tests.Labels;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.RealProducts;

/// <summary>
/// Issue 10 on the project's own label fixtures through the real analyser: sources on every finding in check, routines, plan
/// and prepare; floors, kinds from the name, the sunscreen rule, the new windows, the stacking conflicts, preparation and the
/// other procedures. Expected hours are read from the tables of docs/aftercare-protocol.md, not from the engine.
/// </summary>
public sealed class FixtureJudgementTests
{
    private static readonly Lazy<LabelAnalyzer> Analyzer = new(() => new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load())));
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly HashSet<string> RulesWithoutSources = [RuleIds.UnrecognizedIngredient, RuleIds.EmptyLabel, RuleIds.IncompleteLabel, RuleIds.NoWindow];

    private static ProductToCheck Fixture(string file, string? category = null, string? name = null, string? reference = null) =>
        Fixtures.Product(reference ?? file, Analyzer.Value.Analyze(LabelFixtures.Read(file + ".txt")), category, name);

    private static ProductResult At(double hours, ProductToCheck product, double? depth = null, Protocol? protocol = null) =>
        Fixtures.Engine().Check(new CheckInput(Fixtures.Procedure(PerformedAt, depth), PerformedAt.AddHours(hours), protocol ?? Fixtures.Standard, [product])).Products[0];

    private static void AssertCited(IEnumerable<Finding> findings, string where)
    {
        foreach (var finding in findings.Where(f => !RulesWithoutSources.Contains(f.Rule)))
        {
            Assert.True(finding.Sources.Count > 0, $"{where}: {finding.Rule} for {finding.Ingredient} cites no source");
            Assert.All(finding.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Title), $"{where}: source {s.Id} has no title"));
        }
    }

    [Fact]
    public void Every_finding_of_every_fixture_cites_its_sources_in_check_routines_plan_and_prepare()
    {
        var products = LabelFixtures.Names.Select(n => Fixture(n[..^4])).ToList();
        var procedure = Fixtures.Procedure(PerformedAt);

        var check = Fixtures.Engine().Check(new CheckInput(procedure, PerformedAt.AddHours(30), Fixtures.Standard, products));
        foreach (var product in check.Products) AssertCited(product.Findings, "check " + product.Ref);
        Assert.NotEmpty(check.Conflicts);
        Assert.All(check.Conflicts, c => Assert.True(c.Sources.Count > 0, $"conflict {c.Rule} cites no source"));

        var routine = new RoutineChecker(Fixtures.Rules).Check(new RoutineInput(procedure, Fixtures.Standard, products,
            products.Select(p => new RoutineStep(p.Ref, Day: 12, Slot: DaySlot.Pm)).ToList(), null));
        foreach (var product in routine.Products) AssertCited(product.Findings, "routine " + product.Ref);
        Assert.NotEmpty(routine.Conflicts);
        Assert.All(routine.Conflicts, c => Assert.True(c.Sources.Count > 0, $"routine conflict {c.Rule} cites no source"));

        var plan = PlanBuilder.Build(new PlanInput(procedure, Fixtures.Standard, products, PerformedAt.AddDays(-10)));
        foreach (var product in plan.Products) AssertCited(product.Findings, "plan " + product.Ref);
        foreach (var product in plan.Preparation!.Products) AssertCited(product.Findings, "plan preparation " + product.Ref);
        Assert.All(plan.Preparation.Advice, a => Assert.NotEmpty(a.Sources));

        var prepare = PreparationChecker.Check(new PrepareInput(procedure, PerformedAt.AddDays(-5), Fixtures.Standard, products));
        foreach (var product in prepare.Products) AssertCited(product.Findings, "prepare " + product.Ref);
        Assert.Contains(prepare.Products, p => p.StopAt is not null);
    }

    [Theory]
    // Floors: a cleanser and a product of no class wait 24 h; a cream holding sodium hyaluronate waits for its 8 h window instead.
    [InlineData("cetaphil-gentle-skin-cleanser-parabens", "cleanser", null, 6, "wait", 24.0)]
    [InlineData("cetaphil-gentle-skin-cleanser-parabens", "cleanser", null, 24, "allowed", null)]
    [InlineData("the-ordinary-rose-hip-seed-oil-single", "other", null, 6, "wait", 24.0)]
    [InlineData("cerave-moisturising-cream-eu", "moisturizer", null, 6, "wait", 8.0)]
    [InlineData("cerave-moisturising-cream-eu", "moisturizer", null, 8, "allowed", null)]
    // Kinds from the name: "Scrub" makes a cleanser an exfoliant (240 h); "Tint" makes a sunscreen makeup (72 h).
    [InlineData("st-ives-fresh-skin-apricot-scrub-walnut-shell", "cleanser", "Fresh Skin Apricot Scrub", 30, "blocked", 240.0)]
    [InlineData("cotz-face-natural-tint-spf-40-bracket-percent-br", "sunscreen", "FACE Natural Tint SPF 40", 30, "blocked", 72.0)]
    [InlineData("cotz-face-natural-tint-spf-40-bracket-percent-br", "sunscreen", "FACE Natural Tint SPF 40", 72, "allowed", null)]
    // The sunscreen rule: a mineral sunscreen is usable from the end of its 24 h window.
    [InlineData("avene-mineral-sunscreen-spf-50-zinc-12", "sunscreen", null, 23, "wait", 24.0)]
    [InlineData("avene-mineral-sunscreen-spf-50-zinc-12", "sunscreen", null, 24, "allowed", null)]
    // New windows: depilatory 168 h; peel agent 720 h; a mineral sunscreen after 24 h is not held by a foundation's 72 h.
    [InlineData("veet-face-hair-removal-sensitive-thioglycolate", "other", "Face Hair Removal Cream Sensitive", 100, "blocked", 168.0)]
    [InlineData("veet-face-hair-removal-sensitive-thioglycolate", "other", "Face Hair Removal Cream Sensitive", 168, "allowed", null)]
    [InlineData("tca-peel-30-kit-trichloroacetic", "exfoliant", "30% TCA Peel", 300, "blocked", 720.0)]
    [InlineData("liquid-foundation-bracketed-may-contain", "foundation", "Liquid Foundation", 30, "blocked", 72.0)]
    public void Real_labels_wait_as_the_protocol_says(string file, string category, string? name, double hours, string verdict, double? allowedFromHours)
    {
        var result = At(hours, Fixture(file, category, name));
        Assert.True(string.Equals(verdict, result.Verdict.ToString(), StringComparison.OrdinalIgnoreCase),
            $"{file} at {hours} h: {result.Verdict} ({string.Join(", ", result.Findings.Where(f => f.Verdict != Verdict.Allowed).Select(f => $"{f.Ingredient}:{f.Rule}:{f.Until}"))})");
        Assert.Equal(allowedFromHours is { } h ? PerformedAt.AddHours(h) : null, result.AllowedFrom);
    }

    [Fact]
    public void The_name_and_the_kind_are_said_in_the_findings()
    {
        var scrub = At(30, Fixture("st-ives-fresh-skin-apricot-scrub-walnut-shell", "cleanser", "Fresh Skin Apricot Scrub"));
        var named = Assert.Single(scrub.Findings, f => f.FromName);
        Assert.Equal("exfoliant", named.Category);
        Assert.Contains("Its name says \"scrub\"", named.Reason, StringComparison.Ordinal);

        // Polyethylene in an eye cream is a wax, not scrub beads.
        var eyes = At(30, Fixture("clinique-all-about-eyes-polyethylene-iron-oxides", "eye", "All About Eyes"));
        var wax = Assert.Single(eyes.Findings, f => f.Ingredient == "POLYETHYLENE");
        Assert.Equal(Verdict.Allowed, wax.Verdict);
        Assert.Contains("a wax, thickener or absorbent", wax.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Drying_alcohol_is_fourteen_days_in_a_toner_and_fragrance_seven_days_after_deep_needling()
    {
        var toner = At(100, Fixture("clinique-clarifying-lotion-2-menthol-alcohol", "toner", "Clarifying Lotion 2"));
        var alcohol = Assert.Single(toner.Findings, f => f.Class == IngredientClass.DryingAlcohol);
        Assert.Equal((Verdict.Blocked, PerformedAt.AddHours(336)), (alcohol.Verdict, alcohol.Until));
        Assert.Contains(toner.Findings, f => f is { Class: IngredientClass.Irritant, Ingredient: "MENTHOL" } && f.Until == PerformedAt.AddHours(72));

        var cream = Fixture("eu-cream-fragrance-allergens", "moisturizer");
        Assert.Equal(PerformedAt.AddHours(72), At(30, cream).AllowedFrom);
        Assert.Equal(PerformedAt.AddHours(168), At(30, cream, depth: 2.0).AllowedFrom);
    }

    [Fact]
    public void Stacking_and_exemptions_on_real_products()
    {
        string[] Pairs(params ProductToCheck[] products) =>
            Fixtures.Engine().Check(new CheckInput(Fixtures.Procedure(PerformedAt), PerformedAt.AddHours(300), Fixtures.Standard, products))
                .Conflicts.Select(c => $"{c.Products[0]}+{c.Products[1]}:{c.Rule}").ToArray();
        var adapalene = Fixture("adapalene-gel-0-1-drug-facts-retinoid-footnote", "other", reference: "adapalene");
        var peroxide = Fixture("face-reality-acne-med-2-5-benzoyl-peroxide", "other", reference: "bpo");
        var retinol = Fixture("the-ordinary-retinol-05-in-squalane", "serum", reference: "retinol");
        var peel = Fixture("the-ordinary-aha-30-bha-2-peeling-solution", "exfoliant", reference: "peel");
        var scrub = Fixture("st-ives-fresh-skin-apricot-scrub-walnut-shell", "cleanser", "Fresh Skin Apricot Scrub", "scrub");
        var toner = Fixture("the-ordinary-glycolic-acid-7-toning-solution", "toner", reference: "glycolic");
        var salicylic = Fixture("the-ordinary-salicylic-acid-2-solution", "serum", reference: "salicylic");
        var uvClear = Fixture("eltamd-uv-clear-spf-46", "sunscreen", reference: "uv-clear");

        Assert.DoesNotContain("adapalene+bpo:benzoyl-peroxide-with-retinoid", Pairs(adapalene, peroxide));
        Assert.Contains("retinol+bpo:benzoyl-peroxide-with-retinoid", Pairs(retinol, peroxide));
        Assert.Contains("peel+scrub:acids-with-scrub", Pairs(peel, scrub));
        Assert.Contains("retinol+scrub:retinoid-with-scrub", Pairs(retinol, scrub));
        Assert.Contains("glycolic+salicylic:two-acids", Pairs(toner, salicylic));
        // UV Clear's lactic acid is a pH adjuster beside zinc oxide: no acid to clash with the retinol.
        Assert.Empty(Pairs(retinol, uvClear));
    }

    [Fact]
    public void Five_days_before_the_procedure_each_real_product_stops_at_its_own_window()
    {
        var products = new[]
        {
            Fixture("the-ordinary-retinol-05-in-squalane", "serum", reference: "retinol"),
            Fixture("eltamd-uv-clear-spf-46", "sunscreen", reference: "uv-clear"),
            Fixture("veet-face-hair-removal-sensitive-thioglycolate", "other", reference: "veet"),
            Fixture("tca-peel-30-kit-trichloroacetic", "exfoliant", reference: "tca"),
            Fixture("liquid-foundation-bracketed-may-contain", "foundation", reference: "foundation"),
            Fixture("hydroquinone-4-skin-bleaching-cream-prose", "other", reference: "hydroquinone"),
        };
        var result = PreparationChecker.Check(new PrepareInput(Fixtures.Procedure(PerformedAt), PerformedAt.AddDays(-5), Fixtures.Standard, products)).Products.ToDictionary(p => p.Ref);

        Assert.Equal((Verdict.Blocked, PerformedAt.AddHours(-168)), (result["retinol"].Verdict, result["retinol"].StopAt));
        // Lactic acid beside zinc oxide need not stop; octinoxate has no preparation window.
        Assert.Equal((Verdict.Allowed, null), (result["uv-clear"].Verdict, result["uv-clear"].StopAt));
        Assert.Equal((Verdict.Blocked, PerformedAt.AddHours(-168)), (result["veet"].Verdict, result["veet"].StopAt));
        // Trichloroacetic acid: a month before (the cautious end of 7 to 30 days).
        Assert.Equal((Verdict.Blocked, PerformedAt.AddHours(-720)), (result["tca"].Verdict, result["tca"].StopAt));
        Assert.Equal((Verdict.Allowed, PerformedAt.AddHours(-24)), (result["foundation"].Verdict, result["foundation"].StopAt));
        // Glycolic acid in an alphabetical list is no trace, so it stops a week before like any acid.
        Assert.Equal(PerformedAt.AddHours(-168), result["hydroquinone"].StopAt);
        Assert.Contains(result["hydroquinone"].Findings, f => f is { Class: IngredientClass.Aha, Ingredient: "GLYCOLIC ACID" });
    }

    [Fact]
    public void After_rf_microneedling_and_prp_real_products_wait_longer_where_those_sheets_say_so()
    {
        var protocols = EmbeddedProtocols.LoadAll().ToDictionary(p => p.Id);
        var serum = Fixture("the-ordinary-hyaluronic-acid-2-b5", "serum", "Hyaluronic Acid 2% + B5");
        Assert.Equal(PerformedAt.AddHours(8), At(6, serum).AllowedFrom);
        Assert.Equal(PerformedAt.AddHours(72), At(30, serum, protocol: protocols["rf-microneedling-standard"]).AllowedFrom);

        var foundation = Fixture("liquid-foundation-bracketed-may-contain", "foundation", "Liquid Foundation");
        Assert.Equal(PerformedAt.AddHours(72), At(30, foundation).AllowedFrom);
        Assert.Equal(PerformedAt.AddHours(120), At(100, foundation, protocol: protocols["microneedling-prp-standard"]).AllowedFrom);
    }
}
