using Compatibility.Api.Features.Aftercare.Response;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Routines;

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
    NextSessionResult? NextSession)
{
    public static RoutineResult From(Core.Routines.RoutineResult result) =>
        new(
            result.Verdict,
            ProtocolRef.From(result.Protocol),
            ResponseLists.Map(result.Products, RoutineProduct.From),
            ResponseLists.Map(result.Steps, RoutineStepResult.From),
            ResponseLists.Map(result.Conflicts, RoutineConflict.From),
            result.NextSession is { } next ? NextSessionResult.From(next) : null);
}
