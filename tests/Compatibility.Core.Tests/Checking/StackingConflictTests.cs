using Compatibility.Core.Checking;
using Compatibility.Core.Tests.TestSupport;
using static Compatibility.Core.Tests.TestSupport.TestLabels;

namespace Compatibility.Core.Tests.Checking;

/// <summary>Per-ingredient exemptions and exfoliant stacking in the conflict rules, with traces and non-scrub waxes left out.</summary>
public sealed class StackingConflictTests
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static IReadOnlyList<ProductConflict> Conflicts(params ProductToCheck[] products) =>
        Fixtures.Check(PerformedAt, PerformedAt.AddDays(30), products).Conflicts;

    private static ProductToCheck P(string reference, string? category, params Compatibility.Core.Labels.AnalyzedEntry[] entries) =>
        Fixtures.Product(reference, Of(entries), category);

    [Fact]
    public void Adapalene_with_benzoyl_peroxide_is_not_a_conflict_but_tretinoin_is()
    {
        var bpo = P("bpo", "cleanser", Known("WATER"), Known("BENZOYL PEROXIDE", "benzoyl-peroxide") with { Percent = 4m });
        var adapalene = P("adapalene", "serum", Known("WATER"), Known("ADAPALENE", "retinoid") with { Percent = 0.1m });
        var tretinoin = P("tretinoin", "serum", Known("WATER"), Known("TRETINOIN", "retinoid") with { Percent = 0.025m });

        Assert.DoesNotContain(Conflicts(bpo, adapalene), c => c.Rule == "benzoyl-peroxide-with-retinoid");
        var conflict = Assert.Single(Conflicts(bpo, tretinoin), c => c.Rule == "benzoyl-peroxide-with-retinoid");
        Assert.Contains(conflict.Sources, s => s.Id == "bjd-1998-tretinoin-bp");
    }

    [Fact]
    public void A_product_with_adapalene_and_another_retinoid_still_conflicts()
    {
        var bpo = P("bpo", "cleanser", Known("BENZOYL PEROXIDE", "benzoyl-peroxide"));
        var both = P("both", "serum", Known("ADAPALENE", "retinoid"), Known("RETINOL", "retinoid"));
        Assert.Contains(Conflicts(bpo, both), c => c.Rule == "benzoyl-peroxide-with-retinoid");
    }

    [Theory]
    [InlineData("GLYCOLIC ACID", "aha", "acids-with-scrub")]
    [InlineData("SALICYLIC ACID", "bha", "acids-with-scrub")]
    [InlineData("RETINOL", "retinoid", "retinoid-with-scrub")]
    public void An_active_with_a_scrub_is_stacking(string inci, string classId, string rule)
    {
        var active = P("active", "serum", Known("WATER"), Known(inci, classId));
        var scrub = P("scrub", "exfoliant", Known("WATER"), Known("JOJOBA ESTERS", "physical-exfoliant"));
        var conflict = Assert.Single(Conflicts(active, scrub), c => c.Rule == rule);
        Assert.Equal(["active", "scrub"], conflict.Products);
        Assert.False(string.IsNullOrWhiteSpace(conflict.Advice));
        Assert.NotEmpty(conflict.Sources);
    }

    [Fact]
    public void Silica_in_a_scrub_stacks_but_polyethylene_in_a_sunscreen_does_not()
    {
        var acid = P("acid", "toner", Known("WATER"), Known("GLYCOLIC ACID", "aha"));
        var scrub = P("scrub", "exfoliant", Known("WATER"), Known("SILICA", "possible-exfoliant"));
        var sunscreen = P("spf", "sunscreen", Known("ZINC OXIDE", "mineral-uv-filter"), Known("POLYETHYLENE", "possible-exfoliant"));
        Assert.Contains(Conflicts(acid, scrub), c => c.Rule == "acids-with-scrub" && c.Classes.Contains("physical-exfoliant"));
        Assert.DoesNotContain(Conflicts(acid, sunscreen), c => c.Rule == "acids-with-scrub");
    }

    [Fact]
    public void Two_acid_products_are_stacking_and_a_trace_acid_is_not()
    {
        var glycolic = P("glycolic", "toner", Known("WATER"), Known("GLYCOLIC ACID", "aha"));
        var salicylic = P("salicylic", "serum", Known("WATER"), Known("SALICYLIC ACID", "bha"));
        var traceAcid = P("cream", "moisturizer", Known("WATER"), Known("GLYCERIN"), Known("PHENOXYETHANOL"), Known("LACTIC ACID", "aha"));
        Assert.Contains(Conflicts(glycolic, salicylic), c => c.Rule == "two-acids");
        Assert.DoesNotContain(Conflicts(glycolic, traceAcid), c => c.Rule == "two-acids");
    }
}
