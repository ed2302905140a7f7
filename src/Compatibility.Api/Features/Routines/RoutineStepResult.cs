using DaySlot = Compatibility.Core.Routines.DaySlot;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Routines;

/// <summary>The verdict for one step, at the step's moment. The product's findings are given once, in <see cref="RoutineResult.Products"/>.</summary>
/// <param name="Step">0-based index of the step in the request.</param>
/// <param name="At">The moment the step was judged at (a day/slot step resolves to 08:00 or 20:00 local).</param>
/// <param name="Holding">Indexes into the product's <c>findings</c> of those that still hold the product back at this moment (review included).</param>
public sealed record RoutineStepResult(
    int Step,
    string Product,
    DateTimeOffset At,
    int Day,
    DaySlot Slot,
    Verdict Verdict,
    DateTimeOffset? AllowedFrom,
    IReadOnlyList<int> Holding)
{
    public static RoutineStepResult From(Core.Routines.RoutineStepResult step) =>
        new(step.Step, step.Product, step.At, step.Day, step.Slot, step.Verdict, step.AllowedFrom, step.Holding);
}
