namespace Compatibility.Core.Protocols;

/// <summary>
/// How long after the procedure one ingredient class (or one product category) is held back.
/// Exactly one of <see cref="Class"/> and <see cref="Category"/> is set.
/// </summary>
/// <param name="Hours">Window length at the protocol's default (professional) depth.</param>
/// <param name="DepthHours">Per depth band, hours that replace the scaled value (band id → hours).</param>
/// <param name="Contested">True when the sources openly disagree on whether the window is needed at all.</param>
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
    IReadOnlyDictionary<string, double>? DepthHours = null);
