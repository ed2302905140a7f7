using System.Text.Json.Serialization;

namespace Compatibility.Core.Routines;

/// <summary>Morning or evening routine.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DaySlot>))]
public enum DaySlot
{
    [JsonStringEnumMemberName("am")]
    Am,

    [JsonStringEnumMemberName("pm")]
    Pm,
}
