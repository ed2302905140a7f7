using System.Text.Json.Serialization;

namespace Compatibility.Core.Protocols;

/// <summary>What a window does while it runs: holds a beneficial active back (<c>wait</c>) or blocks a harsh one (<c>blocked</c>).</summary>
[JsonConverter(typeof(WindowKindConverter))]
public enum WindowKind
{
    [JsonStringEnumMemberName("wait")]
    Wait,

    [JsonStringEnumMemberName("blocked")]
    Blocked,
}
