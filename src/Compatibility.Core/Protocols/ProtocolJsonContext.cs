using System.Text.Json.Serialization;

namespace Compatibility.Core.Protocols;

/// <summary>Source-generated JSON for protocol files and stored protocols (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(Protocol))]
[JsonSerializable(typeof(List<Protocol>))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
