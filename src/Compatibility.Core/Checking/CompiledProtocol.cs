using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>A protocol's windows resolved per depth band (and its preparation windows), built once per protocol instance and cached.</summary>
internal sealed class CompiledProtocol
{
    private static readonly ConditionalWeakTable<Protocol, CompiledProtocol> Cache = [];
    private readonly ConcurrentDictionary<string, BandWindows> _bands = new(StringComparer.Ordinal);

    private readonly Lazy<Preparing.PreparationWindows> _preparation;

    private CompiledProtocol(Protocol protocol)
    {
        Protocol = protocol;
        _preparation = new(() => new Preparing.PreparationWindows(protocol));
    }

    public Protocol Protocol { get; }

    public static CompiledProtocol For(Protocol protocol) => Cache.GetValue(protocol, p => new CompiledProtocol(p));

    /// <summary>The preparation windows of <c>POST /v1/prepare</c>, resolved on first use.</summary>
    public Preparing.PreparationWindows Preparation => _preparation.Value;

    public BandWindows Windows(DepthBand band) => _bands.GetOrAdd(band.Id, static (_, state) => new BandWindows(state.Protocol, state.band), (Protocol, band));
}
