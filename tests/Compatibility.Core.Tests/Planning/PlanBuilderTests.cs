using Compatibility.Core.Checking;
using Compatibility.Core.Planning;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Planning;

public sealed class PlanBuilderTests
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, Offset);

    internal static AftercarePlan SamplePlan(double? depth = null) => PlanBuilder.Build(new PlanInput(
        Fixtures.Procedure(PerformedAt, depth),
        Fixtures.Standard,
        [
            Fixtures.Product("ha", TestLabels.WithClass("hyaluronic-acid"), name: "HA Serum"),
            Fixtures.Product("ret", TestLabels.WithClass("retinoid"), name: "Retinol, 0.5%; night"),
            Fixtures.Product("moist", TestLabels.Neutral(), name: "Plain Moisturiser"),
            Fixtures.Product("mystery", TestLabels.Of(TestLabels.Unknown("Secret Complex")), name: "Mystery"),
            Fixtures.Product("found", TestLabels.Neutral(), category: "foundation", name: "Foundation"),
        ]));

    [Fact]
    public void Each_product_starts_when_its_windows_end()
    {
        var plan = SamplePlan();
        var byRef = plan.Products.ToDictionary(p => p.Ref);

        Assert.Equal(PerformedAt.AddHours(8), byRef["ha"].StartsAt);
        Assert.Equal(0, byRef["ha"].StartsDay);
        Assert.Equal(PerformedAt.AddHours(240), byRef["ret"].StartsAt);
        Assert.Equal(10, byRef["ret"].StartsDay);
        Assert.Equal(Verdict.Blocked, byRef["ret"].Verdict);
        // A plain moisturiser has no class but waits for its floor: nothing but hyaluronic acid in the first 24 h.
        Assert.Equal(PerformedAt.AddHours(24), byRef["moist"].StartsAt);
        Assert.Equal(Verdict.Wait, byRef["moist"].Verdict);
        Assert.Null(byRef["mystery"].StartsAt);
        Assert.Equal(Verdict.Review, byRef["mystery"].Verdict);
        Assert.Equal(PerformedAt.AddHours(72), byRef["found"].StartsAt);
        Assert.Equal("professional", plan.DepthBand);
    }

    [Fact]
    public void Days_are_in_order_and_hold_products_advice_and_the_next_session()
    {
        var plan = SamplePlan();
        Assert.Equal(plan.Days.Select(d => d.Day).Order(), plan.Days.Select(d => d.Day));
        Assert.All(plan.Days, d => Assert.Equal(DateOnly.FromDateTime(PerformedAt.DateTime).AddDays(d.Day), d.Date));
        Assert.All(plan.Days.SelectMany(d => d.Entries), e => Assert.Equal(Offset, e.At.Offset));

        var day0 = plan.Days[0];
        Assert.Equal(0, day0.Day);
        Assert.Contains(day0.Entries, e => e is { Kind: PlanEntryKind.Avoid, Advice: "sun-exposure" } && e.Until == PerformedAt.AddHours(168));
        Assert.Contains(day0.Entries, e => e is { Kind: PlanEntryKind.ProductReview, Product: "mystery" });
        Assert.Contains(day0.Entries, e => e is { Kind: PlanEntryKind.ProductStart, Product: "ha" });

        Assert.Contains(plan.Days.Single(d => d.Day == 1).Entries, e => e is { Kind: PlanEntryKind.Start, Advice: "sunscreen-mineral" });
        Assert.Contains(plan.Days.Single(d => d.Day == 3).Entries, e => e is { Kind: PlanEntryKind.Resume, Advice: "makeup" });
        Assert.Contains(plan.Days.Single(d => d.Day == 3).Entries, e => e is { Kind: PlanEntryKind.ProductStart, Product: "found" });
        Assert.Contains(plan.Days.Single(d => d.Day == 5).Entries, e => e is { Kind: PlanEntryKind.Resume, Advice: "sauna-swimming" });
        Assert.Contains(plan.Days.Single(d => d.Day == 10).Entries, e => e is { Kind: PlanEntryKind.ProductStart, Product: "ret" });

        var last = plan.Days[^1];
        Assert.Equal(28, last.Day);
        var session = Assert.Single(last.Entries);
        Assert.Equal(PlanEntryKind.NextSession, session.Kind);
        Assert.Equal(new NextSessionWindow(PerformedAt.AddDays(28), PerformedAt.AddDays(42)), plan.NextSession);
    }

    [Fact]
    public void Entries_within_a_day_are_in_time_order()
    {
        foreach (var day in SamplePlan().Days)
        {
            Assert.Equal(day.Entries.Select(e => e.At).Order(), day.Entries.Select(e => e.At));
        }
    }

    [Fact]
    public void Depth_changes_the_plan()
    {
        Assert.Equal(PerformedAt.AddHours(60), SamplePlan(0.25).Products.Single(p => p.Ref == "ret").StartsAt);
        Assert.Equal(PerformedAt.AddHours(336), SamplePlan(2.0).Products.Single(p => p.Ref == "ret").StartsAt);
        Assert.Equal("deep", SamplePlan(2.0).DepthBand);
    }

    [Fact]
    public void Plan_serialises_with_camel_case_and_lower_case_kinds()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(SamplePlan(), CheckJsonContext.Default.AftercarePlan);
        Assert.Contains("\"kind\":\"product-start\"", json);
        Assert.Contains("\"kind\":\"next-session\"", json);
        Assert.Contains("\"startsAt\":\"2026-11-30T10:00:00+01:00\"", json);
        Assert.Contains("\"date\":\"2026-11-20\"", json);
        Assert.Contains("\"depthBand\":\"professional\"", json);
    }
}
