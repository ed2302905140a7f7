using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Nodes;
using Compatibility.Api.Features.Admin;
using Compatibility.Api.Features.Check;
using Compatibility.Api.Features.Health;
using Compatibility.Api.Features.Ingredients;
using Compatibility.Api.Features.Plan;
using Compatibility.Api.Features.Plan.Response;
using Compatibility.Api.Features.Prepare;
using Compatibility.Api.Features.Protocols;
using Compatibility.Api.Features.Routines;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Json;

/// <summary>
/// Source-generated JSON for every request and response body. Nulls are written (the contract's
/// <c>match: null</c>, <c>allowedFrom: null</c>); names are camelCase. The verdict responses are the API's own records,
/// mapped from Core's results, so a Core result type can change without changing the wire; Core's <see cref="Protocol"/>
/// is here as what it is, the protocol document format seeds, storage and the API share.
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
[JsonSerializable(typeof(PrepareRequest))]
[JsonSerializable(typeof(PrepareResult))]
[JsonSerializable(typeof(Compatibility.Api.Features.Aftercare.Response.SourceRef[]))]
[JsonSerializable(typeof(ProtocolListResponse))]
[JsonSerializable(typeof(Protocol))]
[JsonSerializable(typeof(IngredientBody))]
[JsonSerializable(typeof(ProductBody))]
[JsonSerializable(typeof(ProductDto))]
[JsonSerializable(typeof(StoredProtocolSummary))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
