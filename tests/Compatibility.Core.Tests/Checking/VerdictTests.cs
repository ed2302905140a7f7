using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Checking;

/// <summary>Unknown → review, worst-verdict ordering, allowedFrom and readyAt.</summary>
public sealed class VerdictTests
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(Verdict.Blocked, Verdict.Review, Verdict.Blocked)]
    [InlineData(Verdict.Review, Verdict.Wait, Verdict.Review)]
    [InlineData(Verdict.Wait, Verdict.Allowed, Verdict.Wait)]
    [InlineData(Verdict.Allowed, Verdict.Allowed, Verdict.Allowed)]
    [InlineData(Verdict.Allowed, Verdict.Blocked, Verdict.Blocked)]
    [InlineData(Verdict.Wait, Verdict.Review, Verdict.Review)]
    public void Worst_follows_the_contract_order(Verdict a, Verdict b, Verdict worst)
    {
        Assert.Equal(worst, VerdictSeverity.Worst(a, b));
        Assert.Equal(worst, VerdictSeverity.Worst(b, a));
    }

    [Fact]
    public void Worst_of_nothing_is_allowed() => Assert.Equal(Verdict.Allowed, VerdictSeverity.Worst([]));

    [Fact]
    public void Unrecognised_ingredient_makes_the_product_review_never_allowed()
    {
        var label = TestLabels.Of(TestLabels.Known("WATER"), TestLabels.Unknown("Snail Glow Complex"), TestLabels.Known("GLYCERIN"));
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddDays(60), Fixtures.Product("p", label));

        var product = result.Products[0];
        Assert.Equal(Verdict.Review, product.Verdict);
        Assert.Null(product.AllowedFrom);
        Assert.Equal(["Snail Glow Complex"], product.Unrecognized);
        var finding = Assert.Single(product.Findings, f => f.Verdict != Verdict.Allowed);
        Assert.Equal(RuleIds.UnrecognizedIngredient, finding.Rule);
        Assert.Empty(finding.Sources);
        Assert.Equal("Snail Glow Complex", finding.Ingredient);
        Assert.Equal(Verdict.Review, result.Verdict);
        Assert.Null(result.ReadyAt);
    }

    [Fact]
    public void Empty_label_is_review()
    {
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddDays(60), Fixtures.Product("p", TestLabels.Of()));
        Assert.Equal(Verdict.Review, result.Verdict);
        Assert.Equal(RuleIds.EmptyLabel, Assert.Single(result.Products[0].Findings, f => f.Verdict == Verdict.Review).Rule);
    }

    [Fact]
    public void A_label_of_key_ingredients_only_is_review_and_its_actives_are_still_judged()
    {
        // "Key ingredients: -2% Salicylic Acid: …" with no full list: the salicylic acid blocks, the unknown rest stays review.
        var label = TestLabels.Of(TestLabels.Known("SALICYLIC ACID", "bha") with { Origin = EntryOrigin.Description });
        Assert.True(label.IsIncomplete);

        var early = Fixtures.Check(PerformedAt, PerformedAt.AddHours(24), Fixtures.Product("p", label)).Products[0];
        Assert.Equal(Verdict.Blocked, early.Verdict);
        Assert.Contains(early.Findings, f => f.Ingredient == "SALICYLIC ACID" && f.Verdict == Verdict.Blocked);
        Assert.Null(early.AllowedFrom);

        var late = Fixtures.Check(PerformedAt, PerformedAt.AddDays(60), Fixtures.Product("p", label)).Products[0];
        Assert.Equal(Verdict.Review, late.Verdict);
        var finding = Assert.Single(late.Findings, f => f.Verdict == Verdict.Review);
        Assert.Equal(RuleIds.IncompleteLabel, finding.Rule);
        Assert.Null(finding.Ingredient);
    }

    [Fact]
    public void A_full_list_with_a_description_is_not_incomplete()
    {
        var label = TestLabels.Of(TestLabels.Known("SALICYLIC ACID", "bha") with { Origin = EntryOrigin.Description }, TestLabels.Known("WATER"));
        var late = Fixtures.Check(PerformedAt, PerformedAt.AddDays(60), Fixtures.Product("p", label)).Products[0];

        Assert.Equal(Verdict.Allowed, late.Verdict);
        Assert.DoesNotContain(late.Findings, f => f.Rule == RuleIds.IncompleteLabel);
    }

    [Fact]
    public void Blocked_outranks_an_unknown_ingredient_and_there_is_no_allowed_from()
    {
        var label = TestLabels.Of(TestLabels.Known("RETINOL", "retinoid"), TestLabels.Unknown("Mystery Extract"));
        var product = Fixtures.Check(PerformedAt, PerformedAt.AddHours(24), Fixtures.Product("p", label)).Products[0];
        Assert.Equal(Verdict.Blocked, product.Verdict);
        Assert.Null(product.AllowedFrom);

        var later = Fixtures.Check(PerformedAt, PerformedAt.AddDays(30), Fixtures.Product("p", label)).Products[0];
        Assert.Equal(Verdict.Review, later.Verdict);
    }

    [Fact]
    public void Product_verdict_is_its_worst_finding_and_allowed_from_its_latest_window()
    {
        // Peptide waits 72 h, retinol is blocked 240 h.
        var label = TestLabels.Of(TestLabels.Known("PALMITOYL PENTAPEPTIDE-4", "peptide"), TestLabels.Known("RETINOL", "retinoid"));
        var product = Fixtures.Check(PerformedAt, PerformedAt.AddHours(24), Fixtures.Product("p", label)).Products[0];
        Assert.Equal(Verdict.Blocked, product.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), product.AllowedFrom);

        var afterPeptide = Fixtures.Check(PerformedAt, PerformedAt.AddHours(100), Fixtures.Product("p", label)).Products[0];
        Assert.Equal(Verdict.Blocked, afterPeptide.Verdict);
        Assert.Contains(afterPeptide.Findings, f => f.Class == "peptide" && f.Verdict == Verdict.Allowed);
    }

    [Fact]
    public void Ingredient_with_two_classes_gives_two_findings()
    {
        var label = TestLabels.Of(TestLabels.Known("ODD ACID", "aha", "bha"));
        var product = Fixtures.Check(PerformedAt, PerformedAt.AddHours(1), Fixtures.Product("p", label)).Products[0];
        Assert.Equal(["aha", "bha"], product.Findings.Where(f => f.Class is not null).Select(f => f.Class));
    }

    [Fact]
    public void Category_finding_names_the_category()
    {
        var product = Fixtures.Check(PerformedAt, PerformedAt.AddHours(24), Fixtures.Product("f", TestLabels.Neutral(), category: "foundation")).Products[0];
        var finding = Assert.Single(product.Findings);
        Assert.Equal("foundation", finding.Category);
        Assert.Equal("foundation", finding.Ingredient);
        Assert.Null(finding.Class);
        Assert.Equal("window:category-foundation", finding.Rule);
        Assert.Equal(Verdict.Blocked, finding.Verdict);
    }

    [Fact]
    public void Bundle_verdict_is_the_worst_product_and_ready_at_the_latest_allowed_from()
    {
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddHours(30),
            Fixtures.Product("ha", TestLabels.WithClass("hyaluronic-acid")),
            Fixtures.Product("pep", TestLabels.WithClass("peptide")),
            Fixtures.Product("ret", TestLabels.WithClass("retinoid")),
            Fixtures.Product("moist", TestLabels.Neutral()));

        Assert.Equal([Verdict.Allowed, Verdict.Wait, Verdict.Blocked, Verdict.Allowed], result.Products.Select(p => p.Verdict));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), result.ReadyAt);
        Assert.Equal(new ProtocolRef("microneedling-standard", Fixtures.Standard.Version), result.Protocol);
        Assert.Equal(30, result.HoursSinceProcedure);
    }

    [Fact]
    public void Ready_at_is_null_when_any_product_is_review()
    {
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddHours(30),
            Fixtures.Product("ret", TestLabels.WithClass("retinoid")),
            Fixtures.Product("x", TestLabels.Of(TestLabels.Unknown("Unobtainium"))));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Null(result.ReadyAt);
    }

    [Fact]
    public void Wait_only_bundle_has_ready_at_of_the_last_wait()
    {
        // After L-ascorbic acid's first 72 blocked hours.
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddHours(73),
            Fixtures.Product("ha", TestLabels.WithClass("hyaluronic-acid")),
            Fixtures.Product("c", TestLabels.WithClass("vitamin-c")));
        Assert.Equal(Verdict.Wait, result.Verdict);
        Assert.Equal(PerformedAt.AddHours(240), result.ReadyAt);
    }

    [Fact]
    public void May_contain_entries_count_too()
    {
        var label = new Compatibility.Core.Labels.LabelAnalysis([
            TestLabels.Known("TALC"),
            TestLabels.Known("PARFUM", "fragrance") with { MayContain = true },
        ]);
        Assert.Equal(Verdict.Blocked, Fixtures.Check(PerformedAt, PerformedAt.AddHours(30), Fixtures.Product("p", label)).Verdict);
    }
}
