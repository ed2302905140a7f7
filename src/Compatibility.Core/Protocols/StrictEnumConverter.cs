using System.Text.Json.Serialization;

namespace Compatibility.Core.Protocols;

/// <summary>
/// Enums by name only: the default string-enum converter also takes numbers, so <c>"kind": 5</c> became a
/// kind that does not exist. A number is now a JSON error naming the field.
/// </summary>
public class StrictEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
