using System.Text.Json;

namespace Compatibility.Core.Protocols;

/// <summary>Protocols to and from JSON text (the seed files, and the strings stored in Table Storage). Loading validates.</summary>
public static class ProtocolSerializer
{
    public static string Serialize(Protocol protocol) =>
        JsonSerializer.Serialize(protocol, ProtocolJsonContext.Default.Protocol);

    /// <summary>Parses and validates; throws <see cref="ProtocolValidationException"/> for a protocol that breaks the rules, <see cref="JsonException"/> for bad JSON.</summary>
    public static Protocol Deserialize(string json)
    {
        var protocol = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Protocol)
            ?? throw new ProtocolValidationException("Protocol JSON is null.");
        ProtocolValidator.EnsureValid(protocol);
        return protocol;
    }

    public static Protocol Deserialize(Stream utf8Json)
    {
        var protocol = JsonSerializer.Deserialize(utf8Json, ProtocolJsonContext.Default.Protocol)
            ?? throw new ProtocolValidationException("Protocol JSON is null.");
        ProtocolValidator.EnsureValid(protocol);
        return protocol;
    }
}
