using Compatibility.Api.Features.Aftercare.Response;
using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Prepare;

/// <summary>One product before the procedure: <c>allowed</c> (may still be used now), <c>blocked</c> (stop now) or <c>review</c>.</summary>
/// <param name="StopAt">The last moment it may be used before the procedure; null when it need not stop.</param>
public sealed record PrepareProduct(string Ref, string? Name, Verdict Verdict, DateTimeOffset? StopAt, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Unrecognized)
{
    public static PrepareProduct From(Core.Preparing.PrepareProduct product) =>
        new(product.Ref, product.Name, product.Verdict, product.StopAt, Finding.From(product.Findings), product.Unrecognized);
}
