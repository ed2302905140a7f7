using System.Text.Json.Serialization;
using Compatibility.Core.Planning;
using Compatibility.Core.Routines;

namespace Compatibility.Core.Checking;

/// <summary>
/// Source-generated JSON for the check, routine and plan results, and the conflict rules file:
/// camelCase names, enums as the contract's lower-case strings, nulls written (the contract shows <c>"allowedFrom": null</c>).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CheckResult))]
[JsonSerializable(typeof(RoutineResult))]
[JsonSerializable(typeof(AftercarePlan))]
[JsonSerializable(typeof(ConflictRuleSet))]
[JsonSerializable(typeof(ConcentrationRules))]
public sealed partial class CheckJsonContext : JsonSerializerContext;
