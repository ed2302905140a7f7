using Compatibility.Core.Checking;
using Compatibility.Core.Routines;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Routines;

public sealed class RoutineCheckerTests
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, Offset);
    private static readonly RoutineChecker Checker = new(Fixtures.Rules);

    private static readonly ProductToCheck Ha = Fixtures.Product("ha", TestLabels.WithClass("hyaluronic-acid"));
    private static readonly ProductToCheck Retinol = Fixtures.Product("ret", TestLabels.WithClass("retinoid"));
    private static readonly ProductToCheck Glycolic = Fixtures.Product("aha", TestLabels.WithClass("aha"));
    private static readonly ProductToCheck VitaminC = Fixtures.Product("vc", TestLabels.WithClass("vitamin-c"));

    private static RoutineInput Routine(IReadOnlyList<RoutineStep> steps, DateTimeOffset? next = null) =>
        new(Fixtures.Procedure(PerformedAt), Fixtures.Standard, [Ha, Retinol, Glycolic, VitaminC], steps, next);

    [Fact]
    public void Day_and_slot_resolve_to_morning_and_evening_in_the_procedures_offset()
    {
        Assert.Equal((new DateTimeOffset(2026, 11, 21, 8, 0, 0, Offset), 1, DaySlot.Am), RoutineSchedule.Resolve(PerformedAt, new RoutineStep("ha", Day: 1, Slot: DaySlot.Am)));
        Assert.Equal((new DateTimeOffset(2026, 11, 20, 20, 0, 0, Offset), 0, DaySlot.Pm), RoutineSchedule.Resolve(PerformedAt, new RoutineStep("ha", Day: 0, Slot: DaySlot.Pm)));
        // A timestamp keeps its own offset; its day and slot are read in the procedure's offset (09:30 at +01:00 = AM of day 2).
        var at = new DateTimeOffset(2026, 11, 22, 8, 30, 0, TimeSpan.Zero);
        Assert.Equal((at, 2, DaySlot.Am), RoutineSchedule.Resolve(PerformedAt, new RoutineStep("ha", at)));
        Assert.Null(RoutineSchedule.Resolve(PerformedAt, new RoutineStep("ha", Day: 1)));
    }

    [Fact]
    public void Each_step_is_judged_at_its_own_moment()
    {
        var result = Checker.Check(Routine([
            new RoutineStep("ha", Day: 0, Slot: DaySlot.Pm),      // 10 h after: HA window (8 h) is over
            new RoutineStep("ret", Day: 3, Slot: DaySlot.Pm),     // day 3 PM = 82 h: retinoid blocked until 240 h
            new RoutineStep("ret", Day: 10, Slot: DaySlot.Pm),    // day 10 PM = 250 h: allowed
            new RoutineStep("vc", new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.FromHours(-5))),
        ]));

        Assert.Equal([Verdict.Allowed, Verdict.Blocked, Verdict.Allowed, Verdict.Wait], result.Steps.Select(s => s.Verdict));
        Assert.Equal(PerformedAt.AddHours(240), result.Steps[1].AllowedFrom);
        Assert.Equal(TimeSpan.FromHours(-5), result.Steps[3].AllowedFrom!.Value.Offset);
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Null(result.NextSession);
    }

    [Fact]
    public void Products_in_the_same_slot_conflict_but_not_across_slots()
    {
        var result = Checker.Check(Routine([
            new RoutineStep("ret", Day: 12, Slot: DaySlot.Pm),
            new RoutineStep("aha", Day: 12, Slot: DaySlot.Pm),
            new RoutineStep("vc", Day: 12, Slot: DaySlot.Am),
            new RoutineStep("aha", Day: 13, Slot: DaySlot.Pm),
            new RoutineStep("ret", Day: 14, Slot: DaySlot.Pm),
        ]));

        var conflict = Assert.Single(result.Conflicts);
        var slot = Assert.Single(conflict.Slots);
        Assert.Equal((12, DaySlot.Pm), (slot.Day, slot.Slot));
        Assert.Equal(["ret", "aha"], conflict.Products);
        Assert.Equal([0, 1], slot.Steps);
        Assert.Equal("retinoid-with-acids", conflict.Rule);
        Assert.Equal(Verdict.Allowed, result.Verdict);
    }

    [Fact]
    public void A_pair_that_meets_in_many_slots_is_one_conflict_with_its_slots()
    {
        // Thirty evenings of retinol with the acid (the acid listed first on some evenings), and one morning of vitamin C with it.
        var steps = new List<RoutineStep>();
        for (var day = 12; day < 42; day++)
        {
            var (first, second) = day % 2 == 0 ? ("ret", "aha") : ("aha", "ret");
            steps.Add(new RoutineStep(first, Day: day, Slot: DaySlot.Pm));
            steps.Add(new RoutineStep(second, Day: day, Slot: DaySlot.Pm));
        }

        steps.Add(new RoutineStep("vc", Day: 20, Slot: DaySlot.Am));
        steps.Add(new RoutineStep("aha", Day: 20, Slot: DaySlot.Am));
        var result = Checker.Check(Routine(steps));

        Assert.Equal(["retinoid-with-acids", "vitamin-c-with-acids"], result.Conflicts.Select(c => c.Rule));
        var nightly = result.Conflicts[0];
        Assert.Equal(["ret", "aha"], nightly.Products);
        Assert.Equal(["retinoid", "aha"], nightly.Classes);
        Assert.Equal(30, nightly.Slots.Count);
        Assert.Equal(Enumerable.Range(12, 30), nightly.Slots.Select(s => s.Day));
        Assert.All(nightly.Slots, s => Assert.Equal(DaySlot.Pm, s.Slot));
        // Steps are given in the pair's order, ret first, whichever came first that evening.
        Assert.Equal([0, 1], nightly.Slots[0].Steps);
        Assert.Equal([3, 2], nightly.Slots[1].Steps);
        Assert.NotEmpty(nightly.Sources);
        var morning = Assert.Single(result.Conflicts[1].Slots);
        Assert.Equal((20, DaySlot.Am), (morning.Day, morning.Slot));
        Assert.Equal([60, 61], morning.Steps);
    }

    [Fact]
    public void Timestamp_steps_share_a_slot_with_day_steps()
    {
        var result = Checker.Check(Routine([
            new RoutineStep("vc", new DateTimeOffset(2026, 12, 5, 7, 15, 0, Offset)),
            new RoutineStep("aha", Day: 15, Slot: DaySlot.Am),
        ]));
        Assert.Equal("vitamin-c-with-acids", Assert.Single(result.Conflicts).Rule);
    }

    [Theory]
    [InlineData(27, Verdict.Blocked)]
    [InlineData(28, Verdict.Allowed)]
    [InlineData(42, Verdict.Allowed)]
    [InlineData(60, Verdict.Allowed)]
    public void Next_session_sooner_than_the_minimum_spacing_is_blocked(int days, Verdict expected)
    {
        var next = PerformedAt.AddDays(days);
        var result = Checker.Check(Routine([new RoutineStep("ha", Day: 1, Slot: DaySlot.Am)], next));
        Assert.Equal(expected, result.NextSession!.Verdict);
        Assert.Equal(PerformedAt.AddDays(28), result.NextSession.EarliestAt);
        Assert.Equal(PerformedAt.AddDays(42), result.NextSession.RecommendedBy);
        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void Next_session_one_minute_early_is_blocked() =>
        Assert.Equal(Verdict.Blocked, RoutineChecker.CheckNextSession(Fixtures.Standard, PerformedAt, PerformedAt.AddDays(28).AddMinutes(-1)).Verdict);

    [Fact]
    public void Invalid_steps_are_reported_by_json_path()
    {
        var errors = RoutineChecker.Validate(Routine([
            new RoutineStep("nope", Day: 1, Slot: DaySlot.Am),
            new RoutineStep("ha"),
            new RoutineStep("ha", PerformedAt.AddHours(-1)),
            new RoutineStep("ha", PerformedAt.AddHours(1), Day: 1, Slot: DaySlot.Am),
        ], PerformedAt.AddDays(-1)));

        Assert.Equal(["nextSessionAt", "steps[0].product", "steps[1]", "steps[2].at", "steps[3]"], errors.Keys.Order());
        Assert.Throws<ArgumentException>(() => Checker.Check(Routine([new RoutineStep("nope", Day: 1, Slot: DaySlot.Am)])));
    }

    // Found by the request fuzzer (benchmarks/Compatibility.Fuzz): a step at 9999-12-31T23:59:59Z overflowed when read in the
    // procedure's +01:00 offset and the request failed with a 500.
    [Fact]
    public void Steps_outside_the_calendar_are_reported_not_thrown()
    {
        var errors = RoutineChecker.Validate(Routine([
            new RoutineStep("ha", DateTimeOffset.MaxValue),
            new RoutineStep("ha", Day: int.MaxValue, Slot: DaySlot.Pm),
            new RoutineStep("ha", Day: DateOnly.MaxValue.DayNumber - DateOnly.FromDateTime(PerformedAt.DateTime).DayNumber + 1, Slot: DaySlot.Pm),
            new RoutineStep("ha", Day: DateOnly.MaxValue.DayNumber - DateOnly.FromDateTime(PerformedAt.DateTime).DayNumber, Slot: DaySlot.Pm),
            new RoutineStep("ha", Day: 1, Slot: DaySlot.Pm),
        ]));

        Assert.Equal(["steps[0].at", "steps[1].day", "steps[2].day"], errors.Keys.Order());
        Assert.All(errors.Values, messages => Assert.Equal(["is out of range"], messages));
    }
}
