using System.Text.Json.Serialization;

namespace Compatibility.Core.Protocols;

/// <summary>Non-product advice either says what to avoid until a moment, or what to start from it.</summary>
[JsonConverter(typeof(AdviceKindConverter))]
public enum AdviceKind
{
    [JsonStringEnumMemberName("avoid")]
    Avoid,

    [JsonStringEnumMemberName("start")]
    Start,
}
