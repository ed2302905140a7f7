namespace Compatibility.Core.Protocols;

/// <summary>
/// How long after the procedure one ingredient class (or one product category) is held back.
/// Exactly one of <see cref="Class"/> and <see cref="Category"/> is set.
/// </summary>
/// <param name="Hours">Window length at the protocol's default (professional) depth.</param>
/// <param name="DepthHours">Per depth band, hours that replace the scaled value (band id → hours).</param>
/// <param name="Contested">True when the sources openly disagree on whether the window is needed at all.</param>
/// <param name="Trace">What a trace of the class means (after the 1 % line, "may contain"); null: a trace is judged like any entry.</param>
/// <param name="CategoryHours">Per product category, hours that replace <see cref="Hours"/> (drying alcohol in a toner vs in a cream).</param>
/// <param name="OnlyInCategories">
/// The window applies only to products of these categories (or of no stated category); elsewhere the ingredient is
/// neutral. Used for materials that are scrub beads in a scrub and a wax or thickener in a stick or cream.
/// </param>
/// <param name="ExemptClasses">For a category window (a product floor): a product holding one of these classes is judged by that class's window instead.</param>
/// <param name="BlockedHours">For a <c>wait</c> window: the first hours in which the class is <c>blocked</c> rather than waiting (L-ascorbic acid).</param>
/// <param name="Differs">Set in a procedure's protocol where the value departs from standard microneedling.</param>
public sealed record ProtocolWindow(
    string Id,
    string? Class,
    string? Category,
    WindowKind Kind,
    double Hours,
    HourRange? SourceRange,
    IReadOnlyList<string> Sources,
    string Reason,
    string? Note = null,
    bool Contested = false,
    IReadOnlyDictionary<string, double>? DepthHours = null,
    TraceRule? Trace = null,
    IReadOnlyDictionary<string, double>? CategoryHours = null,
    IReadOnlyList<string>? OnlyInCategories = null,
    IReadOnlyList<string>? ExemptClasses = null,
    double? BlockedHours = null,
    SourceDifference? Differs = null);
