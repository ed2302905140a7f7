using System.Text.Json.Serialization;

namespace Compatibility.Core.Labels;

/// <summary>Where an analysed entry came from; serialised as <c>label</c> or <c>description</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntryOrigin>))]
public enum EntryOrigin
{
    /// <summary>The ingredient list itself.</summary>
    [JsonStringEnumMemberName("label")]
    Label,

    /// <summary>Key-ingredient prose ("-2% Salicylic Acid (BHA): unclogs pores"): an incomplete list.</summary>
    [JsonStringEnumMemberName("description")]
    Description,
}
