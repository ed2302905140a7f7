using System.Text.Json;
using System.Text.Json.Serialization;

namespace Compatibility.Api.Features.Aftercare.Response;

/// <summary>
/// Writes a <see cref="SourceList"/> as the serializer would write its items (an array of <see cref="SourceRef"/>), from
/// the bytes it keeps; an indented writer gets the items serialised in place, so its layout is the serializer's own.
/// Responses only: no request carries sources.
/// </summary>
public sealed class SourceListJson : JsonConverter<SourceList>
{
    public override SourceList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Sources are written in responses, never read.");

    public override void Write(Utf8JsonWriter writer, SourceList value, JsonSerializerOptions options)
    {
        if (writer.Options.Indented)
        {
            JsonSerializer.Serialize(writer, value.ToArray(), options.GetTypeInfo(typeof(SourceRef[])));
            return;
        }

        writer.WriteRawValue(value.Utf8(options).Span, skipInputValidation: true);
    }
}
