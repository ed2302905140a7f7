using Compatibility.Core.Checking;
using Compatibility.Core.Planning;
using Compatibility.Core.Preparing;
using Compatibility.Core.Protocols;
using Compatibility.Core.Routines;
using Compatibility.Core.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Core.Tests.Protocols;

/// <summary>
/// Defence in depth (issue 11): a protocol built in code skips validation, so the engine itself clamps what it adds to a
/// procedure time. Check, plan, calendar, routine and preparation all answer for absurd numbers instead of throwing
/// (before the clamp: OverflowException from TimeSpan, ArgumentOutOfRangeException from DateTimeOffset).
/// </summary>
public sealed class UncomputableProtocolTests
{
    private static readonly DateTimeOffset PerformedAt = new(2999, 6, 1, 10, 0, 0, TimeSpan.FromHours(14));
    private static readonly TimeSpan Longest = TimeSpan.FromHours(ProtocolValidator.MaxHours * ProtocolValidator.MaxScale);

    public static TheoryData<double, double, int> Absurd => new()
    {
        { 1e9, 1e300, int.MaxValue },
        { double.MaxValue, 10, 2_000_000_000 },
        { double.NaN, double.NaN, int.MinValue },
        { 1e9, -1, -5 },
    };

    private static Protocol Broken(double hours, double scale, int days)
    {
        var s = Fixtures.Standard;
        return s with
        {
            Windows = s.Windows.Select(w => w with
            {
                Hours = hours,
                DepthHours = w.DepthHours?.ToDictionary(d => d.Key, _ => hours),
                CategoryHours = w.CategoryHours?.ToDictionary(d => d.Key, _ => hours),
            }).ToList(),
            DepthBands = s.DepthBands.Select(b => b with { Scale = scale }).ToList(),
            Advice = s.Advice.Select(a => a with { Hours = hours }).ToList(),
            SessionSpacing = s.SessionSpacing with { MinimumDays = days, RecommendedMaxDays = days },
            Preparation = s.Preparation! with
            {
                Windows = s.Preparation.Windows.Select(w => w with { Hours = hours }).ToList(),
                Advice = s.Preparation.Advice.Select(a => a with { Hours = hours }).ToList(),
            },
        };
    }

    [Fact]
    public void Ids_given_twice_in_a_protocol_built_in_code_do_not_throw_the_first_one_wins()
    {
        var s = Fixtures.Standard;
        var protocol = s with
        {
            Sources = [.. s.Sources, s.Sources[0] with { Title = "second" }],
            Preparation = s.Preparation! with { Windows = [.. s.Preparation.Windows, s.Preparation.Windows[0] with { Hours = 1 }] },
        };

        var check = Fixtures.Engine().Check(new CheckInput(Fixtures.Procedure(PerformedAt), PerformedAt.AddHours(1), protocol, Products));
        Assert.NotEmpty(check.Products);
        var early = new DateTimeOffset(2026, 12, 20, 10, 0, 0, TimeSpan.Zero);
        var prepare = PreparationChecker.Check(new PrepareInput(Fixtures.Procedure(early), early.AddDays(-1), protocol, Products));
        Assert.DoesNotContain(prepare.Products.SelectMany(p => p.Findings).SelectMany(f => f.Sources), r => r.Title == "second");
    }

    private static readonly ProductToCheck[] Products =
    [
        Fixtures.Product("ret", TestLabels.WithClass("retinoid"), name: "Retinol"),
        Fixtures.Product("ha", TestLabels.WithClass("hyaluronic-acid"), name: "HA"),
        Fixtures.Product("moist", TestLabels.Neutral(), category: "moisturizer", name: "Cream"),
    ];

    [Theory]
    [MemberData(nameof(Absurd))]
    public void Check_and_plan_clamp_every_window_to_the_longest_the_validator_allows(double hours, double scale, int days)
    {
        var protocol = Broken(hours, scale, days);

        var check = Fixtures.Engine().Check(new CheckInput(Fixtures.Procedure(PerformedAt, 1.0), PerformedAt.AddHours(1), protocol, Products));
        Assert.All(check.Products, p => Assert.True(p.AllowedFrom is null || p.AllowedFrom <= PerformedAt + Longest, $"{p.Ref}: {p.AllowedFrom}"));

        var plan = PlanBuilder.Build(new PlanInput(Fixtures.Procedure(PerformedAt, 1.0), protocol, Products));
        Assert.All(plan.Days.SelectMany(d => d.Entries), e => Assert.True(e.At <= PerformedAt + Longest && e.At >= PerformedAt));
        var calendar = new AftercareCalendarWriter(new FakeTimeProvider(PerformedAt)).Write(plan);
        Assert.StartsWith("BEGIN:VCALENDAR", calendar, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Absurd))]
    public void Routines_and_preparation_clamp_days_and_hours(double hours, double scale, int days)
    {
        var protocol = Broken(hours, scale, days);

        var routine = new RoutineChecker(Fixtures.Rules).Check(new RoutineInput(
            Fixtures.Procedure(PerformedAt), protocol, Products, [new RoutineStep("ret", Day: 3, Slot: DaySlot.Pm)], PerformedAt.AddDays(30)));
        Assert.True(routine.NextSession!.EarliestAt <= PerformedAt.AddDays(ProtocolValidator.MaxDays));

        var early = new DateTimeOffset(1900, 1, 2, 0, 0, 0, TimeSpan.FromHours(-14));
        var prepare = PreparationChecker.Check(new PrepareInput(Fixtures.Procedure(early), early.AddDays(-1), protocol, Products));
        Assert.All(prepare.Products, p => Assert.True(p.StopAt is null || p.StopAt >= early - Longest));
        Assert.All(prepare.Advice, a => Assert.True(a.From is null || a.From >= early - Longest));
    }
}
