namespace Compatibility.Core.Protocols;

/// <summary>An aftercare protocol as data: windows per class and category, depth bands, advice, session spacing and sources.</summary>
/// <param name="DefaultBand">Band used when the needle depth is not given.</param>
/// <param name="MinimumHours">Policy floors the validator enforces on every window's default hours.</param>
public sealed record Protocol(
    string Id,
    string Version,
    string Name,
    string ProcedureType,
    string? Description,
    string DefaultBand,
    IReadOnlyList<DepthBand> DepthBands,
    IReadOnlyList<ProtocolWindow> Windows,
    IReadOnlyList<ProtocolAdvice> Advice,
    SessionSpacing SessionSpacing,
    KindMinimums? MinimumHours,
    IReadOnlyList<string> Notes,
    IReadOnlyList<ProtocolSource> Sources,
    IReadOnlyList<NameKindRule>? NameKinds = null,
    Preparation? Preparation = null)
{
    /// <summary>The category a product without one is judged as (its floor): <c>other</c>, a leave-on product.</summary>
    public const string UncategorisedAs = "other";

    public ProtocolWindow? WindowForClass(string classId) => Windows.FirstOrDefault(w => w.Class == classId);

    public ProtocolWindow? WindowForCategory(string category) => Windows.FirstOrDefault(w => w.Category == category);

    /// <summary>The band for a depth; the default band when the depth is unknown.</summary>
    public DepthBand BandFor(double? depthMm) =>
        (depthMm is { } d ? DepthBands.FirstOrDefault(b => b.Contains(d)) : null)
        ?? DepthBands.First(b => b.Id == DefaultBand);

    /// <summary>Window length in hours at a depth band: the window's own override, else scaled and floored.</summary>
    public static double EffectiveHours(ProtocolWindow window, DepthBand band) => EffectiveHours(window, band, null);

    /// <summary>
    /// Window length at a depth band for a product category: the category's own hours (scaled and floored like the default),
    /// else the band's override, else the default scaled and floored. Never outside [0, <see cref="ProtocolValidator.MaxHours"/> ×
    /// <see cref="ProtocolValidator.MaxScale"/>]: validation keeps stored protocols inside that, and the clamp keeps a
    /// protocol built in code from overflowing the <see cref="TimeSpan"/> the engine adds to a procedure time.
    /// </summary>
    public static double EffectiveHours(ProtocolWindow window, DepthBand band, string? category) =>
        ComputableHours(UnclampedHours(window, band, category));

    /// <summary>
    /// Hours the engine can add to or take from any accepted timestamp: [0, <see cref="ProtocolValidator.MaxHours"/> ×
    /// <see cref="ProtocolValidator.MaxScale"/>], NaN as the longest (the cautious side). Validated protocols never need it.
    /// </summary>
    public static double ComputableHours(double hours) =>
        double.IsNaN(hours) ? ProtocolValidator.MaxHours * ProtocolValidator.MaxScale : Math.Clamp(hours, 0, ProtocolValidator.MaxHours * ProtocolValidator.MaxScale);

    /// <summary>Days the engine can add to any accepted timestamp: [0, <see cref="ProtocolValidator.MaxDays"/>].</summary>
    public static int ComputableDays(int days) => Math.Clamp(days, 0, ProtocolValidator.MaxDays);

    private static double UnclampedHours(ProtocolWindow window, DepthBand band, string? category)
    {
        var hours = window.Hours;
        if (category is not null && window.CategoryHours is not null && window.CategoryHours.TryGetValue(category, out var forCategory))
        {
            hours = forCategory;
        }
        else if (window.DepthHours is not null && window.DepthHours.TryGetValue(band.Id, out var replaced))
        {
            return replaced;
        }

        var scaled = hours * band.Scale;
        if (band.MinimumHours is null || (window.Class is not null && (band.MinimumHours.ExemptClasses?.Contains(window.Class) ?? false)))
        {
            return scaled;
        }

        // Scaling never takes a window below the floor for its kind, nor above its own default.
        return Math.Max(scaled, Math.Min(hours, band.MinimumHours.For(window.Kind)));
    }
}
