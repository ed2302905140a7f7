using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using Compatibility.Api.Features.Admin;
using Compatibility.Api.Features.Check;
using Compatibility.Api.Features.Health;
using Compatibility.Api.Features.Ingredients;
using Compatibility.Api.Features.Plan;
using Compatibility.Api.Features.Protocols;
using Compatibility.Api.Features.Routines;
using Compatibility.Core.Planning;
using Compatibility.Core.Protocols;
using Compatibility.Core.Routines;

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
[JsonSerializable(typeof(HealthDetailResponse))]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(CheckResponse))]
[JsonSerializable(typeof(RoutineCheckRequest))]
[JsonSerializable(typeof(RoutineResult))]
[JsonSerializable(typeof(PlanRequest))]
[JsonSerializable(typeof(AftercarePlan))]
[JsonSerializable(typeof(Compatibility.Api.Features.Prepare.PrepareRequest))]
[JsonSerializable(typeof(Compatibility.Core.Preparing.PrepareResult))]
[JsonSerializable(typeof(ProtocolListResponse))]
[JsonSerializable(typeof(Protocol))]
[JsonSerializable(typeof(IngredientBody))]
[JsonSerializable(typeof(ProductBody))]
[JsonSerializable(typeof(ProductDto))]
[JsonSerializable(typeof(StoredProtocolSummary))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
