using Compatibility.Core.Checking;

namespace Compatibility.Core.Planning;

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
    IReadOnlyList<string> Unrecognized);
