using System.Text.Json;

namespace Compatibility.Core.Protocols;

/// <summary>The protocols of <c>seeds/protocols/*.json</c>, embedded in this assembly, as raw JSON documents.</summary>
public static class EmbeddedProtocolDocuments
{
    private const string Prefix = "seeds/protocols/";

    public static IReadOnlyList<ProtocolDocument> Load()
    {
        var assembly = typeof(EmbeddedProtocolDocuments).Assembly;
        var documents = new List<ProtocolDocument>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            documents.Add(Parse(reader.ReadToEnd(), name));
        }

        return documents;
    }

    /// <summary>Reads <c>id</c> and <c>version</c> from a protocol's JSON; both are required.</summary>
    public static ProtocolDocument Parse(string json, string origin)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String)
        {
            throw new InvalidDataException($"Protocol '{origin}' must be a JSON object with string 'id' and 'version'.");
        }

        return new ProtocolDocument(id.GetString()!, version.GetString()!, json);
    }
}
