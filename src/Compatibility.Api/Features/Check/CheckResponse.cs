using Compatibility.Api.Features.Catalogue;
using Compatibility.Core.Checking;

namespace Compatibility.Api.Features.Check;

/// <summary>Response of <c>POST /api/v1/check</c>: the contract's shape, plus the catalogue that answered.</summary>
public sealed record CheckResponse(
    Verdict Verdict,
    DateTimeOffset? ReadyAt,
    double HoursSinceProcedure,
    ProtocolRef Protocol,
    IReadOnlyList<ProductResult> Products,
    IReadOnlyList<ProductConflict> Conflicts,
    CatalogueInfo Catalogue)
{
    public static CheckResponse From(CheckResult result, CatalogueInfo catalogue) =>
        new(result.Verdict, result.ReadyAt, result.HoursSinceProcedure, result.Protocol, result.Products, result.Conflicts, catalogue);
}
