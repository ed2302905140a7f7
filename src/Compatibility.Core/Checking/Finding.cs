namespace Compatibility.Core.Checking;

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
    string? Category = null);
