using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Tests.TestSupport;
using static Compatibility.Core.Tests.TestSupport.TestLabels;

namespace Compatibility.Core.Tests.Checking;

/// <summary>
/// Issue 10 on hand-built analyses shaped like real labels: the 1 % line and traces, floors by product kind, kinds read
/// from the name, the sunscreen rule, and the new windows. Hours are written out from docs/aftercare-protocol.md.
/// </summary>
public sealed class ClinicianJudgementTests
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static ProductResult At(double hours, ProductToCheck product, double? depth = null) =>
        Fixtures.Check(PerformedAt, PerformedAt.AddHours(hours), depth, product).Products[0];

    private static ProductToCheck Product(LabelAnalysis label, string? category, string? name = null) => Fixtures.Product("p", label, category, name);

    // EltaMD UV Clear's shape, with the preservative placed before the acid: lactic acid as a pH adjuster.
    private static LabelAnalysis SunscreenWithTraceAcid(decimal? acidPercent = null, bool mayContain = false) => Of(
        Known("ZINC OXIDE", "mineral-uv-filter") with { Percent = 9.0m },
        Known("WATER"), Known("CYCLOPENTASILOXANE"), Known("OCTYLDODECYL NEOPENTANOATE"), Known("DIMETHICONE"),
        Known("PHENOXYETHANOL"), Known("TOCOPHERYL ACETATE"),
        Known("LACTIC ACID", "aha") with { Percent = acidPercent, MayContain = mayContain },
        Known("ETHYLHEXYLGLYCERIN"));

    [Fact]
    public void An_acid_after_the_one_percent_line_is_a_trace_and_does_not_hold_a_mineral_sunscreen_past_its_window()
    {
        var product = Product(SunscreenWithTraceAcid(), "sunscreen");
        var early = At(6, product);
        Assert.Equal(Verdict.Wait, early.Verdict);
        var acid = Assert.Single(early.Findings, f => f.Class == "aha");
        Assert.True(acid.Trace);
        Assert.Equal(Verdict.Allowed, acid.Verdict);
        Assert.Equal(8, acid.Position);
        Assert.Contains("after the 1 % line: entry 8 of 9 (the line starts at entry 6, PHENOXYETHANOL)", acid.Reason, StringComparison.Ordinal);
        Assert.Contains(acid.Sources, s => s.Id == "eu-1223-2009-art19");

        Assert.Equal(PerformedAt.AddHours(24), early.AllowedFrom);
        Assert.Equal(Verdict.Allowed, At(24, product).Verdict);
    }

    [Fact]
    public void The_same_acid_above_the_line_is_judged_at_full_strength()
    {
        var label = Of(Known("WATER"), Known("LACTIC ACID", "aha"), Known("GLYCERIN"), Known("PHENOXYETHANOL"));
        var result = At(24, Product(label, "toner"));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), result.AllowedFrom);
        Assert.False(Assert.Single(result.Findings, f => f.Class == "aha").Trace);
    }

    [Fact]
    public void A_printed_percentage_is_never_a_trace()
    {
        var result = At(24, Product(SunscreenWithTraceAcid(acidPercent: 0.5m), "sunscreen"));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        var acid = Assert.Single(result.Findings, f => f.Class == "aha");
        Assert.False(acid.Trace);
        Assert.Contains("0.5 % printed on the label", acid.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_may_contain_entry_is_a_trace()
    {
        var acid = Assert.Single(At(1, Product(SunscreenWithTraceAcid(mayContain: true), "sunscreen")).Findings, f => f.Class == "aha");
        Assert.True(acid.Trace);
        Assert.Contains("\"may contain\"", acid.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_ingredient_prose_is_never_a_trace()
    {
        var label = Of(Known("WATER"), Known("PHENOXYETHANOL"), Known("SALICYLIC ACID", "bha") with { Origin = EntryOrigin.Description });
        var result = At(24, Product(label, "serum"));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.False(Assert.Single(result.Findings, f => f.Class == "bha").Trace);
    }

    [Theory]
    [InlineData("RETINOL", "retinoid", 240)]
    [InlineData("BENZOYL PEROXIDE", "benzoyl-peroxide", 240)]
    [InlineData("ASCORBIC ACID", "vitamin-c", 240)]
    [InlineData("PARFUM", "fragrance", 72)]
    public void Retinoids_benzoyl_peroxide_and_classes_without_a_trace_rule_are_never_relaxed(string inci, string classId, double hours)
    {
        var label = Of(Known("WATER"), Known("GLYCERIN"), Known("PHENOXYETHANOL"), Known("DISODIUM EDTA"), Known(inci, classId));
        var result = At(30, Product(label, "moisturizer"));
        Assert.NotEqual(Verdict.Allowed, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(hours), result.AllowedFrom);
        var finding = Assert.Single(result.Findings, f => f.Class == classId);
        Assert.False(finding.Trace);
        Assert.Contains("Judged at full strength even as a trace (after the 1 % line: entry 5 of 5", finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SALICYLIC ACID", "bha")]
    [InlineData("GLUCONOLACTONE", "pha")]
    [InlineData("ALCOHOL", "drying-alcohol")]
    [InlineData("ASCORBYL PALMITATE", "vitamin-c-derivative")]
    public void Acids_drying_alcohol_and_vitamin_c_derivatives_are_relaxed_as_traces(string inci, string classId)
    {
        var label = Of(Known("WATER"), Known("CAPRYLIC/CAPRIC TRIGLYCERIDE"), Known("PARFUM", "fragrance"), Known(inci, classId), Known("TOCOPHEROL"));
        var result = At(80, Product(label, "moisturizer"));
        Assert.Equal(Verdict.Allowed, result.Verdict);
        Assert.True(Assert.Single(result.Findings, f => f.Class == classId).Trace);
    }

    [Theory]
    [InlineData("moisturizer")]
    [InlineData("serum")]
    [InlineData("toner")]
    [InlineData("cleanser")]
    [InlineData("eye")]
    [InlineData("lip")]
    [InlineData(null)]
    public void Nothing_is_allowed_in_the_first_24_hours(string? category)
    {
        var product = Product(Neutral(), category);
        var early = At(0, product);
        Assert.Equal(Verdict.Wait, early.Verdict);
        Assert.Equal(PerformedAt.AddHours(24), early.AllowedFrom);
        var floor = Assert.Single(early.Findings);
        Assert.Equal("window:category-" + (category ?? "other"), floor.Rule);
        Assert.NotEmpty(floor.Sources);
        if (category is null) Assert.StartsWith("No category was given", floor.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Allowed, At(24, product).Verdict);
    }

    [Fact]
    public void A_hyaluronic_acid_serum_keeps_its_8_hour_window()
    {
        var result = At(0, Product(WithClass("hyaluronic-acid"), "serum"));
        Assert.Equal(PerformedAt.AddHours(8), result.AllowedFrom);
        Assert.DoesNotContain(result.Findings, f => f.Category is not null);
    }

    [Fact]
    public void A_mask_waits_three_days_even_with_hyaluronic_acid()
    {
        Assert.Equal(PerformedAt.AddHours(72), At(0, Product(WithClass("hyaluronic-acid"), "mask")).AllowedFrom);
    }

    [Fact]
    public void A_scrub_cream_sent_as_a_cleanser_is_judged_as_an_exfoliant_from_its_name()
    {
        var label = Of(Known("WATER"), Known("SILICA", "possible-exfoliant"), Known("GLYCERIN"), Known("SODIUM LAURETH SULFATE"), Known("PHENOXYETHANOL"));
        var result = At(24, Product(label, "cleanser", "Deep Pore Scrub Cream"));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), result.AllowedFrom);
        var named = Assert.Single(result.Findings, f => f.FromName);
        Assert.Equal("exfoliant", named.Category);
        Assert.Equal("window:category-exfoliant", named.Rule);
        Assert.Contains("Its name says \"scrub\"", named.Reason, StringComparison.Ordinal);
        Assert.Equal(Verdict.Blocked, Assert.Single(result.Findings, f => f.Class == "possible-exfoliant").Verdict);
    }

    [Fact]
    public void An_exfoliating_cleanser_with_a_mineral_powder_is_an_exfoliant()
    {
        var label = Of(Known("WATER"), Known("COCO-GLUCOSIDE"), Known("KAOLIN"), Known("GLYCERIN"), Known("SODIUM BENZOATE"));
        var result = At(24, Product(label, "cleanser", "Gentle Exfoliating Cleanser"));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), result.AllowedFrom);
    }

    [Theory]
    [InlineData("Mineral SPF 30 Stick", "sunscreen")]
    [InlineData("Pressed Powder", "makeup")]
    [InlineData("Barrier Cream", "moisturizer")]
    public void Polyethylene_outside_a_scrub_is_a_wax_and_does_not_block(string name, string category)
    {
        var label = Of(Known("ZINC OXIDE", "mineral-uv-filter"), Known("POLYETHYLENE", "possible-exfoliant"), Known("CAPRYLIC/CAPRIC TRIGLYCERIDE"));
        var result = At(0, Product(label, category, name));
        var finding = Assert.Single(result.Findings, f => f.Class == "possible-exfoliant");
        Assert.Equal(Verdict.Allowed, finding.Verdict);
        Assert.Contains("not scrub particles", finding.Reason, StringComparison.Ordinal);
        Assert.True(result.AllowedFrom <= PerformedAt.AddHours(72));
    }

    [Fact]
    public void A_mineral_sunscreen_with_a_polyethylene_base_is_usable_from_24_hours()
    {
        var label = Of(Known("ZINC OXIDE", "mineral-uv-filter") with { Percent = 20m }, Known("CAPRYLIC/CAPRIC TRIGLYCERIDE"), Known("POLYETHYLENE", "possible-exfoliant"), Known("TOCOPHEROL"));
        var product = Product(label, "sunscreen", "Mineral Sunscreen SPF 30");
        Assert.Equal(Verdict.Wait, At(12, product).Verdict);
        Assert.Equal(Verdict.Allowed, At(24, product).Verdict);
    }

    [Fact]
    public void Polyethylene_in_a_product_of_no_category_is_judged_as_a_scrub()
    {
        var label = Of(Known("WATER"), Known("POLYETHYLENE", "possible-exfoliant"));
        Assert.Equal(PerformedAt.AddHours(240), At(0, Product(label, null)).AllowedFrom);
    }

    [Theory]
    [InlineData("Skin Tint SPF 30", "sunscreen", "makeup", "tinted")]
    [InlineData("Daily BB Cream", "moisturizer", "foundation", "BB/CC cream")]
    [InlineData("CC-Cream SPF 50", "moisturizer", "foundation", "BB/CC cream")]
    [InlineData("Serum Foundation", "serum", "foundation", "foundation")]
    [InlineData("Glow Peel Pads", "toner", "exfoliant", "peel")]
    public void The_name_makes_a_product_stricter(string name, string category, string inferred, string word)
    {
        var result = At(30, Product(Neutral(), category, name));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        var finding = Assert.Single(result.Findings, f => f.FromName);
        Assert.Equal(inferred, finding.Category);
        Assert.Contains($"Its name says \"{word}\"", finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Peel-Off Mask", "mask")]
    [InlineData("Peel Off Charcoal Mask", "mask")]
    [InlineData("Foundation Primer", "foundation")]
    public void Names_that_are_not_stricter_change_nothing(string name, string category)
    {
        Assert.DoesNotContain(At(30, Product(Neutral(), category, name)).Findings, f => f.FromName);
    }

    [Theory]
    [InlineData("toner", 336)]
    [InlineData("serum", 336)]
    [InlineData(null, 336)]
    [InlineData("moisturizer", 72)]
    [InlineData("cleanser", 72)]
    public void Drying_alcohol_by_product_kind(string? category, double hours)
    {
        var label = Of(Known("WATER"), Known("ALCOHOL DENAT.", "drying-alcohol"), Known("GLYCERIN"));
        Assert.Equal(PerformedAt.AddHours(hours), At(30, Product(label, category)).AllowedFrom);
    }

    [Fact]
    public void L_ascorbic_acid_is_blocked_for_three_days_then_waits()
    {
        var product = Product(WithClass("vitamin-c"), "serum");
        Assert.Equal(Verdict.Blocked, At(71.5, product).Verdict);
        Assert.Equal(Verdict.Wait, At(72, product).Verdict);
        Assert.Equal(PerformedAt.AddHours(240), At(72, product).AllowedFrom);
        Assert.Equal(Verdict.Allowed, At(240, product).Verdict);
    }

    [Theory]
    [InlineData("fragrance")]
    [InlineData("essential-oil")]
    [InlineData("irritant")]
    public void Fragrance_essential_oils_and_irritants_wait_longer_after_deep_needling(string classId)
    {
        Assert.Equal(PerformedAt.AddHours(72), At(30, Product(WithClass(classId), "moisturizer"), 1.0).AllowedFrom);
        Assert.Equal(PerformedAt.AddHours(168), At(30, Product(WithClass(classId), "moisturizer"), 2.0).AllowedFrom);
    }

    [Fact]
    public void Every_window_finding_cites_sources_from_the_protocol()
    {
        var ids = Fixtures.Standard.Sources.Select(s => s.Id).ToHashSet();
        foreach (var classId in Compatibility.Core.Catalogue.IngredientClass.All)
        {
            foreach (var finding in At(0, Product(WithClass(classId), "moisturizer", "Tinted Scrub")).Findings)
            {
                Assert.StartsWith("window:", finding.Rule, StringComparison.Ordinal);
                Assert.NotEmpty(finding.Sources);
                Assert.All(finding.Sources, s => Assert.Contains(s.Id, ids));
                Assert.All(finding.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
            }
        }
    }
}
