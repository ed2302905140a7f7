namespace Compatibility.Core.Protocols;

/// <summary>How far apart sessions must (<see cref="MinimumDays"/>) and should at most (<see cref="RecommendedMaxDays"/>) be.</summary>
public sealed record SessionSpacing(int MinimumDays, int RecommendedMaxDays, IReadOnlyList<string> Sources, string? Note = null);
