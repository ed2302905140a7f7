using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Compatibility.Api.Features.Admin;

/// <summary>Source-generated JSON for the admin bodies and responses; same settings as the API's context.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(IngredientBody))]
[JsonSerializable(typeof(ProductBody))]
[JsonSerializable(typeof(ProductDto))]
[JsonSerializable(typeof(StoredProtocolSummary))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class AdminJsonContext : JsonSerializerContext;
