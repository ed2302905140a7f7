using System.Text.Json;
using System.Text.Json.Serialization;
using Compatibility.Core.Catalogue.Curated;

namespace Compatibility.Cli.Generation;

/// <summary>
/// Source-generated JSON for the curated seed files the generators read (camelCase; comments and trailing commas
/// allowed), with the options of the core's <see cref="CuratedJsonContext"/>, which reads the two the server needs.
/// </summary>
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
public sealed partial class GenerationJsonContext : JsonSerializerContext;
