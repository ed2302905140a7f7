namespace Compatibility.Core.Protocols;

/// <summary>Preparation advice that is not about a product: sun, self-tanner, waxing, isotretinoin, cold sores, blood thinners.</summary>
/// <param name="Hours">How long before the procedure the advice starts to apply (isotretinoin: 6 months); null for "tell your clinic".</param>
public sealed record PreparationAdvice(
    string Id,
    string Title,
    string Detail,
    double? Hours,
    HourRange? SourceRange,
    IReadOnlyList<string> Sources,
    string? Note = null,
    SourceDifference? Differs = null);
