using Compatibility.Core.Seeds;

namespace Compatibility.Core.Protocols;

/// <summary>The protocols shipped in <c>seeds/protocols/*.json</c>, embedded in this assembly.</summary>
public static class EmbeddedProtocols
{
    public const string ResourcePrefix = "seeds/protocols/";

    public const string StandardId = "microneedling-standard";

    /// <summary>Loads and validates every embedded protocol; a broken seed fails loudly at start-up.</summary>
    public static IReadOnlyList<Protocol> LoadAll()
    {
        return EmbeddedSeeds.Names(ResourcePrefix)
            .Where(n => n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = EmbeddedSeeds.Open(n);
                return ProtocolSerializer.Deserialize(stream);
            })
            .ToList();
    }

    /// <summary>The shipped default, <see cref="StandardId"/>.</summary>
    public static Protocol Standard() => LoadAll().Single(p => p.Id == StandardId);
}
