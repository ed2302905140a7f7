using System.Text.Json.Serialization;

namespace Compatibility.Core.Planning;

/// <summary>What a timeline entry says.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanEntryKind>))]
public enum PlanEntryKind
{
    /// <summary>A product may be used from this moment.</summary>
    [JsonStringEnumMemberName("product-start")]
    ProductStart,

    /// <summary>A product cannot be judged (unrecognised ingredients): ask the clinic.</summary>
    [JsonStringEnumMemberName("product-review")]
    ProductReview,

    /// <summary>Avoid something (sun, makeup, sweat, sauna) from now until <c>until</c>.</summary>
    [JsonStringEnumMemberName("avoid")]
    Avoid,

    /// <summary>The end of an avoid period.</summary>
    [JsonStringEnumMemberName("resume")]
    Resume,

    /// <summary>Start doing something (daily mineral sunscreen).</summary>
    [JsonStringEnumMemberName("start")]
    Start,

    /// <summary>The window for the next session opens (until <c>until</c>).</summary>
    [JsonStringEnumMemberName("next-session")]
    NextSession,

    /// <summary>Before the procedure: a product is no longer used from this moment until the procedure (<c>until</c>).</summary>
    [JsonStringEnumMemberName("product-stop")]
    ProductStop,

    /// <summary>Before the procedure: preparation advice that applies from this moment until the procedure (<c>until</c>).</summary>
    [JsonStringEnumMemberName("prepare")]
    Prepare,
}
