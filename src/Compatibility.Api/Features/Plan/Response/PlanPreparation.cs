using Compatibility.Api.Features.Aftercare.Response;
using Compatibility.Api.Features.Prepare;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Plan.Response;

/// <summary>
/// The days before the procedure in a plan asked <c>from</c> a moment: the prepare engine's answer at that moment
/// (what to stop and when, and the preparation advice), in the procedure's offset.
/// </summary>
public sealed record PlanPreparation(DateTimeOffset From, Verdict Verdict, IReadOnlyList<PrepareProduct> Products, IReadOnlyList<PrepareAdvice> Advice)
{
    /// <summary>The mapping from Core's preparation; not <c>From</c>, which is the contract's field.</summary>
    public static PlanPreparation Of(Core.Planning.PlanPreparation preparation) =>
        new(
            preparation.From,
            preparation.Verdict,
            ResponseLists.Map(preparation.Products, PrepareProduct.From),
            ResponseLists.Map(preparation.Advice, PrepareAdvice.Of));
}
