using Compatibility.Core.Labels;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>
/// One reading of a label entry that was looked up (the whole, a bracket, a slash part, …), its match and what became
/// of it (<c>chosen</c>, <c>same-ingredient</c>, <c>separate-ingredient</c>, <c>generic-name</c>, <c>gloss</c>, …).
/// </summary>
public sealed record EntryReadingDto(string Text, string Kind, IngredientMatchDto? Match, string Outcome)
{
    public static EntryReadingDto From(EntryReading reading) =>
        new(reading.Text, reading.Kind, IngredientMatchDto.From(reading.Match), reading.Outcome);
}
