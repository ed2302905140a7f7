using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Tests.TestSupport;
using FsCheck;
using FsCheck.Xunit;

namespace Compatibility.Core.Tests.Checking;

/// <summary>Properties that hold for any mix of classes, depth and moment.</summary>
public sealed class CheckPropertyTests
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly double?[] Depths = [null, 0.25, 1.0, 2.0];

    private static ProductToCheck ProductWith(int classBits) =>
        Fixtures.Product("p", TestLabels.Of(IngredientClass.All
            .Where((_, i) => (classBits & (1 << i)) != 0)
            .Select(c => TestLabels.Known(TestLabels.ExampleInci(c), c))
            .Prepend(TestLabels.Known("WATER"))
            .ToArray()));

    [Property(MaxTest = 300)]
    public bool Verdicts_never_get_worse_as_time_passes(int classBits, NonNegativeInt minutesA, NonNegativeInt minutesB, byte depthIndex)
    {
        var product = ProductWith(classBits & 0x3FFFF);
        var depth = Depths[depthIndex % Depths.Length];
        var (early, late) = (Math.Min(minutesA.Get, minutesB.Get) % 30000, Math.Max(minutesA.Get, minutesB.Get) % 30000);
        if (early > late) (early, late) = (late, early);
        var first = Fixtures.Check(PerformedAt, PerformedAt.AddMinutes(early), depth, product).Verdict;
        var second = Fixtures.Check(PerformedAt, PerformedAt.AddMinutes(late), depth, product).Verdict;
        return !second.IsWorseThan(first);
    }

    [Property(MaxTest = 300)]
    public bool At_ready_at_everything_is_allowed_and_one_minute_before_it_is_not(int classBits, NonNegativeInt minutes, byte depthIndex)
    {
        var product = ProductWith(classBits & 0x3FFFF);
        var depth = Depths[depthIndex % Depths.Length];
        var result = Fixtures.Check(PerformedAt, PerformedAt.AddMinutes(minutes.Get % 30000), depth, product);
        if (result.ReadyAt is not { } ready) return result.Verdict == Verdict.Allowed;
        return Fixtures.Check(PerformedAt, ready, depth, product).Verdict == Verdict.Allowed
            && Fixtures.Check(PerformedAt, ready.AddMinutes(-1), depth, product).Verdict != Verdict.Allowed;
    }

    [Property(MaxTest = 200)]
    public bool Deeper_needles_never_shorten_a_window(int classBits, NonNegativeInt minutes)
    {
        var product = ProductWith(classBits & 0x3FFFF);
        var at = PerformedAt.AddMinutes(minutes.Get % 30000);
        var home = Fixtures.Check(PerformedAt, at, 0.25, product).Verdict;
        var professional = Fixtures.Check(PerformedAt, at, 1.0, product).Verdict;
        var deep = Fixtures.Check(PerformedAt, at, 2.0, product).Verdict;
        return !home.IsWorseThan(professional) && !professional.IsWorseThan(deep);
    }
}
