using Compatibility.Core.Checking;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Checking;

/// <summary>Every conflict rule fires for its pair, whichever way round, and stays quiet otherwise.</summary>
public sealed class ConflictTests
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("retinoid", "aha", "retinoid-with-acids")]
    [InlineData("retinoid", "bha", "retinoid-with-acids")]
    [InlineData("retinoid", "pha", "retinoid-with-acids")]
    [InlineData("benzoyl-peroxide", "retinoid", "benzoyl-peroxide-with-retinoid")]
    [InlineData("benzoyl-peroxide", "vitamin-c", "benzoyl-peroxide-with-vitamin-c")]
    [InlineData("copper-peptide", "vitamin-c", "copper-peptide-with-vitamin-c")]
    [InlineData("copper-peptide", "aha", "copper-peptide-with-acids")]
    [InlineData("copper-peptide", "bha", "copper-peptide-with-acids")]
    [InlineData("copper-peptide", "azelaic-acid", "copper-peptide-with-acids")]
    [InlineData("vitamin-c", "aha", "vitamin-c-with-acids")]
    [InlineData("vitamin-c", "bha", "vitamin-c-with-acids")]
    [InlineData("vitamin-c", "retinoid", "vitamin-c-with-retinoid")]
    [InlineData("peptide", "aha", "peptide-with-acids")]
    [InlineData("peptide", "bha", "peptide-with-acids")]
    public void Rule_fires_for_its_pair_in_either_order(string first, string second, string rule)
    {
        foreach (var (a, b) in new[] { (first, second), (second, first) })
        {
            var result = Fixtures.Check(PerformedAt, PerformedAt.AddDays(60),
                Fixtures.Product("one", TestLabels.WithClass(a)),
                Fixtures.Product("two", TestLabels.WithClass(b)));
            var conflict = Assert.Single(result.Conflicts);
            Assert.Equal(rule, conflict.Rule);
            Assert.Equal(["one", "two"], conflict.Products);
            Assert.Equal([a, b], conflict.Classes);
            Assert.False(string.IsNullOrWhiteSpace(conflict.Reason));
            Assert.False(string.IsNullOrWhiteSpace(conflict.Advice));
            // Conflicts are reported whatever the time since the procedure, without changing the verdict.
            Assert.Equal(Verdict.Allowed, result.Verdict);
        }
    }

    [Theory]
    [InlineData("hyaluronic-acid", "niacinamide")]
    [InlineData("hyaluronic-acid", "retinoid")]
    [InlineData("niacinamide", "retinoid")]
    [InlineData("peptide", "hyaluronic-acid")]
    [InlineData("vitamin-c-derivative", "benzoyl-peroxide")]
    [InlineData("mineral-uv-filter", "vitamin-c")]
    [InlineData("peptide", "niacinamide")]
    public void No_conflict_for_pairs_without_a_rule(string a, string b)
    {
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddDays(60),
            Fixtures.Product("one", TestLabels.WithClass(a)),
            Fixtures.Product("two", TestLabels.WithClass(b)));
        Assert.Empty(result.Conflicts);
    }

    [Fact]
    public void Hyaluronic_acid_with_niacinamide_is_documented_as_compatible()
    {
        var pair = Assert.Single(Fixtures.Rules.Compatible);
        Assert.Equal(["hyaluronic-acid", "niacinamide"], pair.Classes);
        Assert.DoesNotContain(Fixtures.Rules.Rules, r => ConflictDetector.Clashes(r, pair.Classes));
    }

    [Fact]
    public void Classes_within_one_product_are_not_a_conflict_between_products()
    {
        var label = TestLabels.Of(TestLabels.Known("RETINOL", "retinoid"), TestLabels.Known("GLYCOLIC ACID", "aha"));
        Assert.Empty(Fixtures.Check(PerformedAt, PerformedAt.AddDays(60), Fixtures.Product("one", label)).Conflicts);
    }

    [Fact]
    public void A_pair_matching_two_rules_reports_both_and_three_products_report_each_pair()
    {
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddDays(60),
            Fixtures.Product("bp", TestLabels.WithClass("benzoyl-peroxide")),
            Fixtures.Product("ret-c", TestLabels.Of(TestLabels.Known("RETINOL", "retinoid"), TestLabels.Known("ASCORBIC ACID", "vitamin-c"))),
            Fixtures.Product("aha", TestLabels.WithClass("aha")));

        Assert.Equal(
            ["bp+ret-c:benzoyl-peroxide-with-retinoid", "bp+ret-c:benzoyl-peroxide-with-vitamin-c", "ret-c+aha:retinoid-with-acids", "ret-c+aha:vitamin-c-with-acids"],
            result.Conflicts.Select(c => $"{c.Products[0]}+{c.Products[1]}:{c.Rule}"));
    }

    [Fact]
    public void Every_rule_cites_a_source_and_validation_catches_bad_rules()
    {
        Assert.Empty(ConflictRulesLoader.Validate(Fixtures.Rules));
        Assert.All(Fixtures.Rules.Rules, r => Assert.NotEmpty(r.Sources));

        var broken = Fixtures.Rules with
        {
            Rules = [.. Fixtures.Rules.Rules, new ConflictRule("bad", ["retinol"], [], "", "", [])],
            Compatible = [new CompatiblePair(["retinoid", "aha"], "wrong", [])],
        };
        var errors = ConflictRulesLoader.Validate(broken);
        Assert.Contains(errors, e => e.Contains("unknown class 'retinol'"));
        Assert.Contains(errors, e => e.Contains("both sides"));
        Assert.Contains(errors, e => e.Contains("no source"));
        Assert.Contains(errors, e => e.Contains("contradicts rule 'retinoid-with-acids'"));
    }
}
