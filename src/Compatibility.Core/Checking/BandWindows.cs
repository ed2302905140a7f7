using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>Every window of a protocol at one depth band, by class and by category, for lookups on the hot path.</summary>
internal sealed class BandWindows
{
    private readonly Dictionary<string, ResolvedWindow> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedWindow> _byCategory = new(StringComparer.Ordinal);

    public BandWindows(Protocol protocol, DepthBand band)
    {
        Protocol = protocol;
        Band = band;
        var sources = SourceLookup(protocol);
        Sources = sources;
        foreach (var window in protocol.Windows)
        {
            var own = Refs(window.Sources, sources);
            var trace = window.Trace is { } t ? Refs(window.Sources.Concat(t.Sources).Distinct(StringComparer.Ordinal).ToList(), sources) : own;
            var resolved = new ResolvedWindow(window, band, own, trace);
            if (window.Class is not null) _byClass.TryAdd(window.Class, resolved);
            if (window.Category is not null) _byCategory.TryAdd(window.Category, resolved);
        }

        NameKinds = ProductKinds.Compile(protocol.NameKinds, sources);
    }

    /// <summary>The protocol's sources by id. Validation refuses an id given twice; built in code, the first one wins.</summary>
    public static Dictionary<string, SourceRef> SourceLookup(Protocol protocol)
    {
        var sources = new Dictionary<string, SourceRef>(StringComparer.Ordinal);
        foreach (var source in protocol.Sources)
        {
            sources.TryAdd(source.Id, new SourceRef(source.Id, source.Title, source.Url));
        }

        return sources;
    }

    public Protocol Protocol { get; }

    public DepthBand Band { get; }

    public IReadOnlyDictionary<string, SourceRef> Sources { get; }

    public IReadOnlyList<CompiledNameKind> NameKinds { get; }

    public ResolvedWindow? ForClass(string classId) => _byClass.GetValueOrDefault(classId);

    public ResolvedWindow? ForCategory(string category) => _byCategory.GetValueOrDefault(category);

    public static IReadOnlyList<SourceRef> Refs(IEnumerable<string>? ids, IReadOnlyDictionary<string, SourceRef> sources) =>
        (ids ?? []).Select(id => sources.TryGetValue(id, out var s) ? s : new SourceRef(id, id, null)).ToList();
}
