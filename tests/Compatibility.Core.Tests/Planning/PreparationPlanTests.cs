using Compatibility.Core.Checking;
using Compatibility.Core.Planning;
using Compatibility.Core.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Core.Tests.Planning;

/// <summary>
/// A plan asked <c>from</c> a moment before the procedure gains the preparation days (negative day numbers) from the prepare
/// engine: when each product stops, what cannot be judged, the preparation advice; the aftercare part stays as it was. Hours
/// are the shipped protocol's preparation windows (docs/aftercare-protocol.md): retinoid 168 h, foundation 24 h.
/// </summary>
public sealed class PreparationPlanTests
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, Offset);

    private static readonly ProductToCheck[] Products =
    [
        Fixtures.Product("ret", TestLabels.WithClass("retinoid"), "serum", "Retinol Serum"),
        Fixtures.Product("found", TestLabels.Neutral(), "foundation", "Foundation"),
        Fixtures.Product("moist", TestLabels.Neutral(), "moisturizer", "Plain Moisturiser"),
        Fixtures.Product("mystery", TestLabels.Of(TestLabels.Unknown("Secret Complex")), name: "Mystery"),
    ];

    private static AftercarePlan Plan(DateTimeOffset? from, DateTimeOffset? performedAt = null) =>
        PlanBuilder.Build(new PlanInput(Fixtures.Procedure(performedAt ?? PerformedAt), Fixtures.Standard, Products, from));

    private static List<PlanEntry> Before(AftercarePlan plan) => plan.Days.Where(d => d.Day < 0).SelectMany(d => d.Entries).ToList();

    [Fact]
    public void Without_from_there_are_no_preparation_days()
    {
        var plan = Plan(null);
        Assert.Null(plan.Preparation);
        Assert.All(plan.Days, d => Assert.True(d.Day >= 0));
        Assert.DoesNotContain(plan.Days.SelectMany(d => d.Entries), e => e.Kind is PlanEntryKind.ProductStop or PlanEntryKind.Prepare);
    }

    [Fact]
    public void Ten_days_before_the_plan_says_when_each_product_stops_and_gives_the_advice()
    {
        var from = PerformedAt.AddDays(-10);
        var plan = Plan(from);
        Assert.NotNull(plan.Preparation);
        Assert.Equal(from, plan.Preparation.From);

        var stops = Before(plan).Where(e => e.Kind == PlanEntryKind.ProductStop).ToDictionary(e => e.Product!);
        Assert.Equal(["found", "ret"], stops.Keys.Order());
        Assert.Equal(PerformedAt.AddHours(-168), stops["ret"].At);
        Assert.Equal(PerformedAt.AddHours(-24), stops["found"].At);
        Assert.All(stops.Values, e => Assert.Equal(PerformedAt, e.Until));
        Assert.Equal("Stop using: Retinol Serum", stops["ret"].Title);
        Assert.Contains("Last use: 168 h before the procedure", stops["ret"].Detail, StringComparison.Ordinal);

        // The retinol stops on day -7, the foundation the day before (10:00 on day -1).
        Assert.Contains(plan.Days.Single(d => d.Day == -7).Entries, e => e.Product == "ret");
        Assert.Contains(plan.Days.Single(d => d.Day == -1).Entries, e => e.Product == "found");
        Assert.Equal(new DateOnly(2026, 11, 13), plan.Days.Single(d => d.Day == -7).Date);

        // Nothing to stop in a plain moisturiser; an unrecognised ingredient is asked about from the start.
        Assert.DoesNotContain(Before(plan), e => e.Product == "moist");
        var ask = Assert.Single(Before(plan), e => e.Product == "mystery");
        Assert.Equal((PlanEntryKind.ProductReview, from), (ask.Kind, ask.At));

        // Advice from when it applies, or from `from` when it applies already (sun 14 days, isotretinoin 6 months); cold sores 48 h, waxing 7 days.
        var advice = Before(plan).Where(e => e.Kind == PlanEntryKind.Prepare).ToDictionary(e => e.Advice!);
        Assert.Equal(["blood-thinners", "cold-sores", "hair-removal", "isotretinoin", "self-tanner", "sun-sunburn"], advice.Keys.Order());
        Assert.Equal(from, advice["sun-sunburn"].At);
        Assert.Equal(from, advice["isotretinoin"].At);
        Assert.Equal(PerformedAt.AddHours(-48), advice["cold-sores"].At);
        Assert.Equal(PerformedAt.AddHours(-168), advice["hair-removal"].At);
        Assert.All(advice.Values, e => Assert.Equal(PerformedAt, e.Until));

        // The same engine as /v1/prepare at that moment.
        Assert.Equal(Verdict.Review, plan.Preparation.Verdict);
        Assert.Equal(PerformedAt.AddHours(-168), plan.Preparation.Products.Single(p => p.Ref == "ret").StopAt);
        Assert.All(plan.Preparation.Products.SelectMany(p => p.Findings).Where(f => f.Rule.StartsWith("prepare:", StringComparison.Ordinal)), f => Assert.NotEmpty(f.Sources));
    }

    [Fact]
    public void A_product_whose_last_moment_has_passed_stops_now()
    {
        var from = PerformedAt.AddDays(-2);
        var stop = Assert.Single(Before(Plan(from)), e => e is { Kind: PlanEntryKind.ProductStop, Product: "ret" });
        Assert.Equal(from, stop.At);
        Assert.Equal("Stop using now: Retinol Serum", stop.Title);
        Assert.StartsWith("Its last use was due by 2026-11-13 10:00.", stop.Detail, StringComparison.Ordinal);
        Assert.Equal(-2, Plan(from).Days[0].Day);
    }

    [Fact]
    public void The_aftercare_days_are_the_same_with_or_without_preparation()
    {
        var without = Plan(null);
        var with = Plan(PerformedAt.AddDays(-10));
        Assert.Equal(without.Products.Select(p => (p.Ref, p.Verdict, p.StartsAt, p.StartsDay, string.Join("|", p.Findings.Select(f => f.Rule + f.Until)))),
            with.Products.Select(p => (p.Ref, p.Verdict, p.StartsAt, p.StartsDay, string.Join("|", p.Findings.Select(f => f.Rule + f.Until)))));
        Assert.Equal(without.NextSession, with.NextSession);
        var after = with.Days.Where(d => d.Day >= 0).ToList();
        Assert.Equal(without.Days.Count, after.Count);
        for (var i = 0; i < after.Count; i++)
        {
            Assert.Equal(without.Days[i].Day, after[i].Day);
            Assert.Equal(without.Days[i].Entries, after[i].Entries);
        }
    }

    [Fact]
    public void Preparation_is_in_the_procedures_offset_and_counts_real_hours_across_a_DST_change()
    {
        // Paris: the procedure on 2027-03-30 at +02:00 (summer time), asked from 2027-03-20 at +01:00 (winter time).
        var performedAt = new DateTimeOffset(2027, 3, 30, 10, 0, 0, TimeSpan.FromHours(2));
        var plan = Plan(new DateTimeOffset(2027, 3, 20, 10, 0, 0, Offset), performedAt);
        Assert.Equal(TimeSpan.FromHours(2), plan.Preparation!.From.Offset);
        var stop = Assert.Single(Before(plan), e => e is { Kind: PlanEntryKind.ProductStop, Product: "ret" });
        Assert.Equal(performedAt.AddHours(-168), stop.At);
        Assert.Equal(TimeSpan.FromHours(2), stop.At.Offset);
        Assert.All(Before(plan), e => Assert.Equal(TimeSpan.FromHours(2), e.At.Offset));
        Assert.Equal(-10, plan.Days[0].Day);
    }

    [Fact]
    public void The_calendar_gains_preparation_events_and_keeps_the_aftercare_uids()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero));
        var writer = new AftercareCalendarWriter(clock);
        static List<string> Lines(string ics) => ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n").Where(l => l.Length > 0).ToList();
        var without = Lines(writer.Write(Plan(null)));
        var with = Lines(writer.Write(Plan(PerformedAt.AddDays(-10))));

        var prepUids = with.Where(l => l.StartsWith("UID:", StringComparison.Ordinal) && l.Contains("-prep-", StringComparison.Ordinal)).ToList();
        // Two stops, one product to ask about, six advice items.
        Assert.Equal(9, prepUids.Count);
        Assert.Equal(without.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)), with.Where(l => l.StartsWith("UID:", StringComparison.Ordinal) && !l.Contains("-prep-", StringComparison.Ordinal)));
        Assert.Equal(2, with.Count(l => l == "CATEGORIES:PRODUCT,STOP"));
        Assert.Equal(6, with.Count(l => l == "CATEGORIES:PREPARATION"));
        // The retinol stop: from 2026-11-13 10:00 +01:00 (09:00Z) to the procedure (2026-11-20 09:00Z).
        var retinol = with.FindIndex(l => l == "SUMMARY:Stop using: Retinol Serum");
        Assert.Equal(["DTSTART:20261113T090000Z", "DTEND:20261120T090000Z"], with.Skip(retinol - 2).Take(2));
    }
}
