using System.Text.Json.Serialization;

namespace Compatibility.Core.Products;

/// <summary>Source-generated JSON for the product seed files (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProductSeedFile))]
public sealed partial class ProductJsonContext : JsonSerializerContext;
