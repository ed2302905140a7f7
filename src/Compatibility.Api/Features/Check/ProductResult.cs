using Compatibility.Api.Features.Aftercare.Response;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Check;

/// <summary>The verdict for one product, mirroring the contract's <c>products[]</c> item.</summary>
/// <param name="AllowedFrom">Earliest moment the product is allowed; null when allowed now or when the verdict is review.</param>
/// <param name="Unrecognized">Label entries that matched nothing in the catalogue.</param>
public sealed record ProductResult(
    string Ref,
    string? Name,
    Verdict Verdict,
    DateTimeOffset? AllowedFrom,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Unrecognized)
{
    public static ProductResult From(Core.Checking.ProductResult product) =>
        new(product.Ref, product.Name, product.Verdict, product.AllowedFrom, Finding.From(product.Findings), product.Unrecognized);
}
