using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>A protocol's windows resolved per depth band, built once per protocol instance and cached.</summary>
internal sealed class CompiledProtocol
{
    private static readonly ConditionalWeakTable<Protocol, CompiledProtocol> Cache = [];
    private readonly ConcurrentDictionary<string, BandWindows> _bands = new(StringComparer.Ordinal);

    private CompiledProtocol(Protocol protocol) => Protocol = protocol;

    public Protocol Protocol { get; }

    public static CompiledProtocol For(Protocol protocol) => Cache.GetValue(protocol, p => new CompiledProtocol(p));

    public BandWindows Windows(DepthBand band) => _bands.GetOrAdd(band.Id, static (_, state) => new BandWindows(state.Protocol, state.band), (Protocol, band));
}
