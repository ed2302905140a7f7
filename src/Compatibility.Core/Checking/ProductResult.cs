namespace Compatibility.Core.Checking;

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
    /// <summary>
    /// The (ingredient, class) pairs that count for conflicts: relaxed traces and materials that are not scrubs in this kind
    /// of product left out, a possible exfoliant in a scrub counted as a physical exfoliant. Not serialised.
    /// </summary>
    internal IReadOnlyList<ActiveClass> Actives { get; init; } = [];
}
