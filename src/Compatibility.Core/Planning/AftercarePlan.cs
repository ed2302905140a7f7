using Compatibility.Core.Checking;

namespace Compatibility.Core.Planning;

/// <summary>The answer to <c>POST /api/v1/plan</c>: when each product may start, the non-product advice, and the next-session window, day by day.</summary>
/// <param name="DepthBand">The protocol depth band the windows were taken from.</param>
/// <param name="Days">Only days that have entries, in order; preparation days (negative numbers) first when asked.</param>
/// <param name="Preparation">The preparation from the request's <c>from</c>; null when it was not asked.</param>
public sealed record AftercarePlan(
    ProtocolRef Protocol,
    Procedure Procedure,
    string DepthBand,
    IReadOnlyList<PlanProduct> Products,
    IReadOnlyList<PlanDay> Days,
    NextSessionWindow NextSession,
    PlanPreparation? Preparation = null);
