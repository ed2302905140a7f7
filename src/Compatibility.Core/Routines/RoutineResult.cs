using Compatibility.Core.Checking;

namespace Compatibility.Core.Routines;

/// <summary>The answer to <c>POST /api/v1/routines/check</c>.</summary>
/// <param name="Verdict">Worst of the steps and of the next session (conflicts are reported, not folded into the verdict, as for /check).</param>
/// <param name="Products">Each product's findings once; steps refer to them by <c>product</c> and <c>holding</c>.</param>
/// <param name="Conflicts">Each conflicting pair once per rule, with the slots where it meets.</param>
public sealed record RoutineResult(
    Verdict Verdict,
    ProtocolRef Protocol,
    IReadOnlyList<RoutineProduct> Products,
    IReadOnlyList<RoutineStepResult> Steps,
    IReadOnlyList<RoutineConflict> Conflicts,
    NextSessionResult? NextSession);
