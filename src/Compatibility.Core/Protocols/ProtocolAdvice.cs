namespace Compatibility.Core.Protocols;

/// <summary>Aftercare advice that is not about a product: sun, makeup, exercise, sauna. Not scaled by depth.</summary>
public sealed record ProtocolAdvice(
    string Id,
    string Title,
    AdviceKind Kind,
    double Hours,
    HourRange? SourceRange,
    IReadOnlyList<string> Sources,
    string Detail,
    string? Note = null,
    SourceDifference? Differs = null);
