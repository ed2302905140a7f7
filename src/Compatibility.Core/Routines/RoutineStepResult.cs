using Compatibility.Core.Checking;

namespace Compatibility.Core.Routines;

/// <summary>The verdict for one step, at the step's moment.</summary>
/// <param name="Step">0-based index of the step in the request.</param>
/// <param name="At">The moment the step was judged at (a day/slot step resolves to 08:00 or 20:00 local).</param>
public sealed record RoutineStepResult(
    int Step,
    string Product,
    DateTimeOffset At,
    int Day,
    DaySlot Slot,
    Verdict Verdict,
    DateTimeOffset? AllowedFrom,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Unrecognized);
