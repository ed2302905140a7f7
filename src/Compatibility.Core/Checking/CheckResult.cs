namespace Compatibility.Core.Checking;

/// <summary>The answer to <c>POST /api/v1/check</c>, shaped exactly as the contract's JSON.</summary>
/// <param name="ReadyAt">Earliest moment every product is allowed; null when all are allowed now or when any is review.</param>
/// <param name="HoursSinceProcedure">Hours from the procedure to the checked moment, rounded to 2 decimals.</param>
public sealed record CheckResult(
    Verdict Verdict,
    DateTimeOffset? ReadyAt,
    double HoursSinceProcedure,
    ProtocolRef Protocol,
    IReadOnlyList<ProductResult> Products,
    IReadOnlyList<ProductConflict> Conflicts);
