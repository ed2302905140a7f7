using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Aftercare.Response;

/// <summary>One rule that applied to a product, and why.</summary>
/// <param name="Ingredient">The INCI name (or, for an unrecognised entry, the label text; for a category rule, the category).</param>
/// <param name="Class">The aftercare class of the ingredient; null for category rules and unrecognised entries.</param>
/// <param name="Rule">The rule id: <c>window:retinoid</c>, <c>window:category-foundation</c>, <c>unrecognized-ingredient</c>, ….</param>
/// <param name="Until">When the rule stops holding the product back; null when it never can be decided.</param>
/// <param name="Category">Set for a category rule: the product category that triggered it.</param>
public sealed record Finding(
    string? Ingredient,
    string? Class,
    string Rule,
    Verdict Verdict,
    DateTimeOffset? Until,
    string Reason,
    string? Category = null)
{
    /// <summary>The sources of the window or rule, from the protocol's source list; empty for findings no window made.</summary>
    public SourceList Sources { get; init; } = SourceList.Empty;

    /// <summary>1-based label position of the ingredient's entry; null for category and label-wide findings.</summary>
    public int? Position { get; init; }

    /// <summary>True when the entry was judged as a trace (after the 1 % line or "may contain", no percentage) under the window's trace rule.</summary>
    public bool Trace { get; init; }

    /// <summary>For a preparation finding (<c>POST /v1/prepare</c>): the last moment the product may be used before the procedure.</summary>
    public DateTimeOffset? StopAt { get; init; }

    /// <summary>For a category finding: true when the category was read from the product's name, not given by the caller.</summary>
    public bool FromName { get; init; }

    /// <summary>
    /// Where in its label entry the ingredient was read, when not from the entry as a whole: "read from the bracket of
    /// 'Water (Tretinoin)'"; null otherwise.
    /// </summary>
    public string? ReadFrom { get; init; }

    public static Finding From(Core.Checking.Finding finding) =>
        new(finding.Ingredient, finding.Class, finding.Rule, finding.Verdict, finding.Until, finding.Reason, finding.Category)
        {
            Sources = SourceRef.From(finding.Sources),
            Position = finding.Position,
            Trace = finding.Trace,
            StopAt = finding.StopAt,
            FromName = finding.FromName,
            ReadFrom = finding.ReadFrom,
        };

    public static Finding[] From(IReadOnlyList<Core.Checking.Finding> findings) => ResponseLists.Map(findings, From);
}
