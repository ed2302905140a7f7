using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Preparing;

/// <summary>
/// A protocol's preparation windows by class and by category, its name kinds and advice, each with its sources resolved:
/// built once per protocol instance (<see cref="CompiledProtocol.Preparation"/>), not per request.
/// </summary>
internal sealed class PreparationWindows
{
    private readonly Dictionary<string, ResolvedPreparationWindow> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedPreparationWindow> _byCategory = new(StringComparer.Ordinal);

    public PreparationWindows(Protocol protocol)
    {
        var sources = BandWindows.SourceLookup(protocol);
        // Validation refuses two windows for one class or category; built in code, the first one wins.
        foreach (var window in protocol.Preparation?.Windows ?? [])
        {
            var resolved = new ResolvedPreparationWindow(window, BandWindows.Refs(window.Sources, sources));
            if (window.Class is not null) _byClass.TryAdd(window.Class, resolved);
            if (window.Category is not null) _byCategory.TryAdd(window.Category, resolved);
        }

        NameKinds = ProductKinds.Compile(protocol.NameKinds, sources);
        Advice = (protocol.Preparation?.Advice ?? []).Select(a => (a, BandWindows.Refs(a.Sources, sources))).ToList();
    }

    public IReadOnlyList<CompiledNameKind> NameKinds { get; }

    public IReadOnlyList<(PreparationAdvice Advice, IReadOnlyList<SourceRef> Sources)> Advice { get; }

    public ResolvedPreparationWindow? ForClass(string classId) => _byClass.GetValueOrDefault(classId);

    public ResolvedPreparationWindow? ForCategory(string category) => _byCategory.GetValueOrDefault(category);
}
