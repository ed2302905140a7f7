namespace Compatibility.Core.Protocols;

/// <summary>What to stop, and when, before the procedure (<c>POST /api/v1/prepare</c>), and the advice for the days before.</summary>
public sealed record Preparation(
    IReadOnlyList<PreparationWindow> Windows,
    IReadOnlyList<PreparationAdvice> Advice,
    string? Note = null);
