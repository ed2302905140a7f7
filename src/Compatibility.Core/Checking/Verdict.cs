using System.Text.Json.Serialization;

namespace Compatibility.Core.Checking;

/// <summary>The contract's verdicts. Numeric values are the severity: higher is worse (see <see cref="VerdictSeverity"/>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Verdict>))]
public enum Verdict
{
    [JsonStringEnumMemberName("allowed")]
    Allowed = 0,

    [JsonStringEnumMemberName("wait")]
    Wait = 1,

    [JsonStringEnumMemberName("review")]
    Review = 2,

    [JsonStringEnumMemberName("blocked")]
    Blocked = 3,
}
