using Compatibility.Api.Features.Aftercare.Response;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Plan.Response;

/// <summary>A product in the plan: its verdict right after the procedure and when it may start.</summary>
/// <param name="Verdict">The verdict at the moment of the procedure (allowed = usable straight away).</param>
/// <param name="StartsAt">When it may be used; null when it can never be decided (review).</param>
/// <param name="StartsDay">Day number of <paramref name="StartsAt"/>.</param>
public sealed record PlanProduct(
    string Ref,
    string? Name,
    Verdict Verdict,
    DateTimeOffset? StartsAt,
    int? StartsDay,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Unrecognized)
{
    public static PlanProduct From(Core.Planning.PlanProduct product) =>
        new(product.Ref, product.Name, product.Verdict, product.StartsAt, product.StartsDay, Finding.From(product.Findings), product.Unrecognized);
}
