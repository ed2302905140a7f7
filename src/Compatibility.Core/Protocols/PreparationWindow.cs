namespace Compatibility.Core.Protocols;

/// <summary>
/// How long before a procedure products of one class (or category) must be stopped. Exactly one of
/// <see cref="Class"/> and <see cref="Category"/> is set.
/// </summary>
/// <param name="Hours">Hours before the procedure from which the product is no longer used.</param>
/// <param name="RelaxTraces">True when a trace entry (after the 1 % line, "may contain") need not be stopped.</param>
public sealed record PreparationWindow(
    string Id,
    string? Class,
    string? Category,
    double Hours,
    HourRange? SourceRange,
    IReadOnlyList<string> Sources,
    string Reason,
    string? Note = null,
    bool RelaxTraces = false,
    SourceDifference? Differs = null);
