namespace Compatibility.Core.Protocols;

/// <summary>
/// A needle-depth range and how it changes the windows: every window is multiplied by <see cref="Scale"/>
/// (never below <see cref="MinimumHours"/> for its kind), unless the window names its own hours for this band.
/// Bands are tried in protocol order; the first whose bounds (both inclusive, null = open) hold the depth wins.
/// </summary>
public sealed record DepthBand(
    string Id,
    string Name,
    double? MinMm,
    double? MaxMm,
    double Scale,
    KindMinimums? MinimumHours,
    IReadOnlyList<string> Sources,
    string? Note = null)
{
    public bool Contains(double depthMm) =>
        (MinMm is null || depthMm >= MinMm) && (MaxMm is null || depthMm <= MaxMm);
}
