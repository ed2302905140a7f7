using System.Text.Json;
using Compatibility.Core.Seeds;

namespace Compatibility.Core.Protocols;

/// <summary>The protocols of <c>seeds/protocols/*.json</c>, embedded in this assembly, as raw JSON documents.</summary>
public static class EmbeddedProtocolDocuments
{
    private const string Prefix = "seeds/protocols/";

    public static IReadOnlyList<ProtocolDocument> Load()
    {
        var documents = new List<ProtocolDocument>();
        foreach (var name in EmbeddedSeeds.Names(Prefix))
        {
            documents.Add(Parse(EmbeddedSeeds.ReadText(name), name));
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
