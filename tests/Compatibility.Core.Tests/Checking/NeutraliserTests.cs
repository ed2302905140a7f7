using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Tests.TestSupport;
using static Compatibility.Core.Tests.TestSupport.TestLabels;

namespace Compatibility.Core.Tests.Checking;

/// <summary>
/// Zinc oxide as a neutraliser (seeds/rules/concentration.json): an acid in a zinc oxide formula is a pH adjuster and is
/// judged under the window's trace rule, only when the zinc oxide is listed before it or printed at 6 % or more, never
/// for a printed acid percentage and never for a class the rule does not name.
/// </summary>
public sealed class NeutraliserTests
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    private static ProductResult At(double hours, LabelAnalysis label, string category = "sunscreen") =>
        Fixtures.Check(PerformedAt, PerformedAt.AddHours(hours), Fixtures.Product("p", label, category)).Products[0];

    // No 1 % marker before the acid: only the zinc oxide can make it a pH adjuster.
    private static LabelAnalysis Label(AnalyzedEntry zinc, AnalyzedEntry acid, bool acidFirst = false) => acidFirst
        ? Of(Known("WATER"), acid, Known("CYCLOPENTASILOXANE"), zinc, Known("DIMETHICONE"), Known("PHENOXYETHANOL"))
        : Of(zinc, Known("WATER"), Known("CYCLOPENTASILOXANE"), acid, Known("DIMETHICONE"), Known("PHENOXYETHANOL"));

    private static AnalyzedEntry Zinc(decimal? percent = null) => Known("ZINC OXIDE", "mineral-uv-filter") with { Percent = percent };

    [Theory]
    [InlineData("LACTIC ACID", "aha")]
    [InlineData("SALICYLIC ACID", "bha")]
    [InlineData("GLUCONOLACTONE", "pha")]
    public void An_acid_listed_after_zinc_oxide_is_a_pH_adjuster(string inci, string classId)
    {
        var result = At(24, Label(Zinc(), Known(inci, classId)));
        Assert.Equal(Verdict.Allowed, result.Verdict);
        var acid = Assert.Single(result.Findings, f => f.Class == classId);
        Assert.True(acid.Trace);
        Assert.Equal(Verdict.Allowed, acid.Verdict);
        Assert.Contains("entry 4 of 6, with ZINC OXIDE at entry 1, listed before it", acid.Reason, StringComparison.Ordinal);
        Assert.Contains(acid.Sources, s => s.Id == "chemistscorner-zinc-oxide-ph");
        Assert.Contains(acid.Sources, s => s.Id == "fda-aha");
    }

    [Theory]
    [InlineData(9.0, true)]
    [InlineData(6.0, true)]
    [InlineData(5.9, false)]
    [InlineData(2.0, false)]
    public void Printed_zinc_oxide_counts_from_six_percent_wherever_it_stands(double percent, bool relaxed)
    {
        // The acid comes first in the list: only the printed amount can vouch for the zinc oxide.
        var result = At(24, Label(Zinc((decimal)percent), Known("LACTIC ACID", "aha"), acidFirst: true));
        var acid = Assert.Single(result.Findings, f => f.Class == "aha");
        Assert.Equal(relaxed, acid.Trace);
        Assert.Equal(relaxed ? Verdict.Allowed : Verdict.Blocked, result.Verdict);
    }

    [Fact]
    public void An_acid_before_unprinted_zinc_oxide_is_judged_at_full_strength()
    {
        var result = At(24, Label(Zinc(), Known("GLYCOLIC ACID", "aha"), acidFirst: true));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), result.AllowedFrom);
        Assert.False(Assert.Single(result.Findings, f => f.Class == "aha").Trace);
    }

    [Fact]
    public void A_printed_acid_percentage_is_never_neutralised()
    {
        var result = At(24, Label(Zinc(9.0m), Known("LACTIC ACID", "aha") with { Percent = 5m }));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.False(Assert.Single(result.Findings, f => f.Class == "aha").Trace);
    }

    [Theory]
    [InlineData("RETINOL", "retinoid", 240)]
    [InlineData("ALCOHOL DENAT.", "drying-alcohol", 336)]
    [InlineData("ASCORBIC ACID", "vitamin-c", 240)]
    public void Zinc_oxide_neutralises_only_the_acid_classes_it_names(string inci, string classId, double hours)
    {
        var result = At(30, Label(Zinc(9.0m), Known(inci, classId)));
        Assert.NotEqual(Verdict.Allowed, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(hours), result.AllowedFrom);
        Assert.False(Assert.Single(result.Findings, f => f.Class == classId).Trace);
    }

    [Fact]
    public void Zinc_oxide_in_a_may_contain_block_neutralises_nothing()
    {
        var label = Of(Known("WATER"), Known("LACTIC ACID", "aha"), Known("GLYCERIN"), Zinc() with { MayContain = true });
        Assert.Equal(Verdict.Blocked, At(24, label, "moisturizer").Verdict);
    }

    [Fact]
    public void The_shipped_rules_name_zinc_oxide_with_known_sources_and_validation_catches_bad_neutralisers()
    {
        var rules = ConcentrationRules.Embedded;
        var zinc = rules.NeutraliserFor("Zinc Oxide");
        Assert.NotNull(zinc);
        Assert.Equal(["aha", "bha", "pha"], zinc.Classes);
        Assert.Equal(6m, zinc.MinimumPercent);
        Assert.Null(rules.NeutraliserFor("TITANIUM DIOXIDE"));
        Assert.All(rules.Refs(zinc.Sources), s => Assert.False(string.IsNullOrWhiteSpace(s.Title)));
        Assert.Equal(zinc.Sources.Count, rules.Refs(zinc.Sources).Count);

        var bad = rules with { Neutralisers = [zinc with { Sources = ["nowhere"], MinimumPercent = 0, Classes = [] }] };
        var errors = ConcentrationRules.Validate(bad);
        Assert.Contains(errors, e => e.Contains("unknown source 'nowhere'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("minimumPercent", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("no classes", StringComparison.Ordinal));
    }
}
