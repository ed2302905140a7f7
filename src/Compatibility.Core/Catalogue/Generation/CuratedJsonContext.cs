using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compatibility.Core.Catalogue.Generation;

/// <summary>Source-generated JSON for the curated seed files (camelCase; comments and trailing commas allowed).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CuratedClasses))]
[JsonSerializable(typeof(CuratedSynonyms))]
[JsonSerializable(typeof(CuratedExtras))]
[JsonSerializable(typeof(CuratedColours))]
[JsonSerializable(typeof(CommonNameTable))]
[JsonSerializable(typeof(SameSubstanceTable))]
[JsonSerializable(typeof(string))]
public sealed partial class CuratedJsonContext : JsonSerializerContext;
