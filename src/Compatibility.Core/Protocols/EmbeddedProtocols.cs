namespace Compatibility.Core.Protocols;

/// <summary>The protocols shipped in <c>seeds/protocols/*.json</c>, embedded in this assembly.</summary>
public static class EmbeddedProtocols
{
    public const string ResourcePrefix = "seeds/protocols/";

    public const string StandardId = "microneedling-standard";

    /// <summary>Loads and validates every embedded protocol; a broken seed fails loudly at start-up.</summary>
    public static IReadOnlyList<Protocol> LoadAll()
    {
        var assembly = typeof(EmbeddedProtocols).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return ProtocolSerializer.Deserialize(stream);
            })
            .ToList();
    }

    /// <summary>The shipped default, <see cref="StandardId"/>.</summary>
    public static Protocol Standard() => LoadAll().Single(p => p.Id == StandardId);
}
