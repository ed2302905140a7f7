using System.Text.Json.Serialization;

namespace Compatibility.Core.Catalogue;

/// <summary>How a label name was matched; serialised as <c>exact</c>, <c>synonym</c>, <c>fuzzy</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchConfidence>))]
public enum MatchConfidence
{
    [JsonStringEnumMemberName("exact")]
    Exact,

    [JsonStringEnumMemberName("synonym")]
    Synonym,

    [JsonStringEnumMemberName("fuzzy")]
    Fuzzy,
}
