using Compatibility.Core.Checking;
using Compatibility.Core.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Core.Tests.Checking;

/// <summary>Windows are elapsed hours; answers keep the caller's offset, across daylight-saving changes too.</summary>
public sealed class TimeAndOffsetTests
{
    private static readonly TimeSpan Cest = TimeSpan.FromHours(2);
    private static readonly TimeSpan Cet = TimeSpan.FromHours(1);

    [Fact]
    public void Procedure_in_Berlin_summer_time_the_day_before_DST_ends_answers_in_winter_offset()
    {
        // Europe/Berlin leaves summer time on 2026-10-25 at 03:00: +02:00 becomes +01:00.
        var performedAt = new DateTimeOffset(2026, 10, 24, 10, 0, 0, Cest);
        var niacinamide = Fixtures.Product("n", TestLabels.WithClass("niacinamide"));

        // 48 elapsed hours end at 09:00 winter time, not at 10:00 on the wall clock.
        var before = Fixtures.Check(performedAt, new DateTimeOffset(2026, 10, 26, 8, 59, 0, Cet), niacinamide);
        Assert.Equal(Verdict.Wait, before.Verdict);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 9, 0, 0, Cet), before.ReadyAt);
        Assert.Equal(Cet, before.ReadyAt!.Value.Offset);
        Assert.Equal(Cet, before.Products[0].Findings[0].Until!.Value.Offset);
        Assert.Equal(47.98, before.HoursSinceProcedure);

        var at = Fixtures.Check(performedAt, new DateTimeOffset(2026, 10, 26, 9, 0, 0, Cet), niacinamide);
        Assert.Equal(Verdict.Allowed, at.Verdict);
        Assert.Equal(48.0, at.HoursSinceProcedure);
    }

    [Fact]
    public void Retinoid_across_the_start_of_summer_time_answers_in_summer_offset()
    {
        // Europe/Berlin enters summer time on 2027-03-28: +01:00 becomes +02:00.
        var performedAt = new DateTimeOffset(2027, 3, 27, 20, 0, 0, Cet);
        var retinol = Fixtures.Product("r", TestLabels.WithClass("retinoid"));

        var before = Fixtures.Check(performedAt, new DateTimeOffset(2027, 4, 6, 20, 59, 0, Cest), retinol);
        Assert.Equal(Verdict.Blocked, before.Verdict);
        Assert.Equal(new DateTimeOffset(2027, 4, 6, 21, 0, 0, Cest), before.ReadyAt);
        Assert.Equal(Cest, before.ReadyAt!.Value.Offset);

        Assert.Equal(Verdict.Allowed, Fixtures.Check(performedAt, new DateTimeOffset(2027, 4, 6, 21, 0, 0, Cest), retinol).Verdict);
    }

    [Fact]
    public void Without_at_the_moment_comes_from_the_time_provider_and_answers_in_the_procedures_offset()
    {
        var performedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(-8));
        var clock = new FakeTimeProvider(performedAt.AddHours(30).ToUniversalTime());
        var input = new CheckInput(Fixtures.Procedure(performedAt), null, Fixtures.Standard, [Fixtures.Product("p", TestLabels.WithClass("peptide"))]);

        var result = Fixtures.Engine(clock).Check(input);

        Assert.Equal(30, result.HoursSinceProcedure);
        Assert.Equal(Verdict.Wait, result.Verdict);
        Assert.Equal(TimeSpan.FromHours(-8), result.ReadyAt!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(-8)), result.ReadyAt);

        clock.Advance(TimeSpan.FromHours(42));
        Assert.Equal(Verdict.Allowed, Fixtures.Engine(clock).Check(input).Verdict);
    }

    [Fact]
    public void A_moment_before_the_procedure_is_rejected()
    {
        var performedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => Fixtures.Check(performedAt, performedAt.AddMinutes(-1), Fixtures.Product("p", TestLabels.Neutral())));
    }
}
