using System.Text.Json;
using System.Text.Json.Serialization;
using Compatibility.Api.Features.Health;
using Compatibility.Api.Features.Ingredients;

namespace Compatibility.Api.Json;

/// <summary>
/// Source-generated JSON for every request and response body. Nulls are written (the contract's
/// <c>match: null</c>, <c>allowedFrom: null</c>); names are camelCase.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    AllowTrailingCommas = false,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(AnalyzeRequest))]
[JsonSerializable(typeof(AnalyzeResponse))]
[JsonSerializable(typeof(IngredientDto))]
[JsonSerializable(typeof(IngredientSearchResponse))]
[JsonSerializable(typeof(HealthResponse))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
