using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>A protocol window at one depth band: its length (per product category where the window names one), rule id and sources worked out once.</summary>
internal sealed class ResolvedWindow
{
    private readonly Dictionary<string, TimeSpan>? _byCategory;

    public ResolvedWindow(ProtocolWindow window, DepthBand band, IReadOnlyList<SourceRef> sources, IReadOnlyList<SourceRef> traceSources)
    {
        Window = window;
        Length = TimeSpan.FromHours(Protocol.EffectiveHours(window, band));
        RuleId = RuleIds.Window(window.Id);
        HeldVerdict = window.Kind.ToVerdict();
        Sources = sources;
        TraceSources = traceSources;
        if (window.CategoryHours is { Count: > 0 } byCategory)
        {
            _byCategory = byCategory.Keys.ToDictionary(c => c, c => TimeSpan.FromHours(Protocol.EffectiveHours(window, band, c)), StringComparer.Ordinal);
        }

        if (window.Trace is { } trace)
        {
            TraceLength = TimeSpan.FromHours(trace.Hours <= 0 ? 0 : Protocol.EffectiveHours(window with { Hours = trace.Hours, Kind = trace.Kind ?? window.Kind, DepthHours = null, CategoryHours = null }, band));
            TraceVerdict = (trace.Kind ?? window.Kind).ToVerdict();
        }

        if (window.BlockedHours is { } blocked) BlockedLength = TimeSpan.FromHours(Math.Min(blocked, Length.TotalHours));
    }

    public ProtocolWindow Window { get; }

    public TimeSpan Length { get; }

    public string RuleId { get; }

    public Verdict HeldVerdict { get; }

    public IReadOnlyList<SourceRef> Sources { get; }

    /// <summary>The window's sources followed by its trace rule's (deduplicated).</summary>
    public IReadOnlyList<SourceRef> TraceSources { get; }

    public TimeSpan? TraceLength { get; }

    public Verdict TraceVerdict { get; }

    /// <summary>For a wait window that starts blocked (L-ascorbic acid): how long it is blocked.</summary>
    public TimeSpan? BlockedLength { get; }

    public TimeSpan LengthFor(string? category) =>
        category is not null && _byCategory is not null && _byCategory.TryGetValue(category, out var length) ? length : Length;

    /// <summary>True when the window applies to a product of these categories (none known: it applies, the cautious reading).</summary>
    public bool AppliesTo(IReadOnlyList<string> categories)
    {
        if (Window.OnlyInCategories is not { Count: > 0 } only || categories.Count == 0) return true;
        foreach (var category in categories)
        {
            if (only.Contains(category)) return true;
        }

        return false;
    }
}
