using Compatibility.Api.Features.Aftercare.Response;
using Compatibility.Api.Features.Catalogue;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Check;

/// <summary>Response of <c>POST /api/v1/check</c>: the contract's shape, plus the catalogue that answered.</summary>
/// <param name="ReadyAt">Earliest moment every product is allowed; null when all are allowed now or when any is review.</param>
/// <param name="HoursSinceProcedure">Hours from the procedure to the checked moment, rounded to 2 decimals.</param>
public sealed record CheckResponse(
    Verdict Verdict,
    DateTimeOffset? ReadyAt,
    double HoursSinceProcedure,
    ProtocolRef Protocol,
    IReadOnlyList<ProductResult> Products,
    IReadOnlyList<ProductConflict> Conflicts,
    CatalogueInfo Catalogue)
{
    public static CheckResponse From(Core.Checking.CheckResult result, CatalogueInfo catalogue) =>
        new(
            result.Verdict,
            result.ReadyAt,
            result.HoursSinceProcedure,
            ProtocolRef.From(result.Protocol),
            ResponseLists.Map(result.Products, ProductResult.From),
            ResponseLists.Map(result.Conflicts, ProductConflict.From),
            catalogue);
}
