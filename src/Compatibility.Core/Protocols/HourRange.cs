namespace Compatibility.Core.Protocols;

/// <summary>The range of hours the sources gave for a window, kept so a clinic sees where the shipped value sits.</summary>
public sealed record HourRange(double MinHours, double MaxHours);
