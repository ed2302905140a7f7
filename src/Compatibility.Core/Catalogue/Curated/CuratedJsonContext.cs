using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compatibility.Core.Catalogue.Curated;

/// <summary>
/// Source-generated JSON for the curated seed files the server reads itself (the blends of <c>synonyms.json</c>,
/// <c>same-substance.json</c>): camelCase; comments and trailing commas allowed. The generators read the rest.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CuratedSynonyms))]
[JsonSerializable(typeof(SameSubstanceTable))]
public sealed partial class CuratedJsonContext : JsonSerializerContext;
