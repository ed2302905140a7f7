using System.Text.Json.Serialization;

namespace Compatibility.Core.Catalogue;

/// <summary>Source-generated JSON for the catalogue file format (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CatalogueData))]
public sealed partial class CatalogueJsonContext : JsonSerializerContext;
