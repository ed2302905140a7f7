using Compatibility.Api.Features.Aftercare.Response;

namespace Compatibility.Api.Features.Plan.Response;

/// <summary>The answer to <c>POST /api/v1/plan</c>: when each product may start, the non-product advice, and the next-session window, day by day.</summary>
/// <param name="DepthBand">The protocol depth band the windows were taken from.</param>
/// <param name="Days">Only days that have entries, in order; preparation days (negative numbers) first when asked.</param>
/// <param name="Preparation">The preparation from the request's <c>from</c>; null when it was not asked.</param>
/// <remarks>
/// Its own namespace, not <c>Features.Plan</c>: the sheet (<c>Features.Plan.Sheet</c>) renders Core's plan, and the
/// enclosing namespace's names would hide Core's there.
/// </remarks>
public sealed record AftercarePlan(
    ProtocolRef Protocol,
    Procedure Procedure,
    string DepthBand,
    IReadOnlyList<PlanProduct> Products,
    IReadOnlyList<PlanDay> Days,
    NextSessionWindow NextSession,
    PlanPreparation? Preparation = null)
{
    public static AftercarePlan From(Core.Planning.AftercarePlan plan) =>
        new(
            ProtocolRef.From(plan.Protocol),
            Procedure.From(plan.Procedure),
            plan.DepthBand,
            ResponseLists.Map(plan.Products, PlanProduct.From),
            ResponseLists.Map(plan.Days, PlanDay.From),
            NextSessionWindow.From(plan.NextSession),
            plan.Preparation is { } preparation ? PlanPreparation.Of(preparation) : null);
}
