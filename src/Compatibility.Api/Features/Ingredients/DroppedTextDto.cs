using System.Text.Json;
using Compatibility.Core.Labels.Reading;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>
/// A fragment of the label that is no entry: the text, its character offsets (<c>end</c> exclusive) and why
/// (<c>heading</c>, <c>marketing</c>, <c>prose</c>, <c>footnote</c>, <c>reference-code</c>, <c>purpose</c>, …).
/// </summary>
public sealed record DroppedTextDto(string Text, int Start, int End, string Reason)
{
    public static DroppedTextDto From(DroppedText dropped, string label) =>
        new(label[dropped.Start..dropped.End], dropped.Start, dropped.End, JsonNamingPolicy.KebabCaseLower.ConvertName(dropped.Reason.ToString()));
}
