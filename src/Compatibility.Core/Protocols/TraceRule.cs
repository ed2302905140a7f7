namespace Compatibility.Core.Protocols;

/// <summary>
/// What a window does for an ingredient present only as a trace: after the label's 1 % line, or in a "may contain"
/// block, and with no percentage printed. <see cref="Hours"/> 0 means a trace does not hold the product back at all
/// (the product's own floor still applies). A window without a trace rule is never relaxed.
/// </summary>
/// <param name="Kind">The verdict kind while a trace window runs; null keeps the window's kind.</param>
public sealed record TraceRule(
    double Hours,
    IReadOnlyList<string> Sources,
    string Reason,
    WindowKind? Kind = null,
    string? Note = null);
