using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>Every window of a protocol at one depth band, by class and by category, for lookups on the hot path.</summary>
internal sealed class BandWindows
{
    private readonly Dictionary<string, ResolvedWindow> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedWindow> _byCategory = new(StringComparer.Ordinal);

    public BandWindows(Protocol protocol, DepthBand band)
    {
        foreach (var window in protocol.Windows)
        {
            var resolved = new ResolvedWindow(window, TimeSpan.FromHours(Protocol.EffectiveHours(window, band)), RuleIds.Window(window.Id), window.Kind.ToVerdict());
            if (window.Class is not null) _byClass.TryAdd(window.Class, resolved);
            if (window.Category is not null) _byCategory.TryAdd(window.Category, resolved);
        }
    }

    public ResolvedWindow? ForClass(string classId) => _byClass.GetValueOrDefault(classId);

    public ResolvedWindow? ForCategory(string category) => _byCategory.GetValueOrDefault(category);
}
