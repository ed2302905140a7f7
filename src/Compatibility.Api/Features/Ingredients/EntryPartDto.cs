using Compatibility.Core.Labels;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>A further ingredient named inside a label entry, judged with it; <c>match</c> is null when it is unknown.</summary>
public sealed record EntryPartDto(string Text, IngredientMatchDto? Match, decimal? Percent, IReadOnlyList<string> Suggestions)
{
    public static EntryPartDto From(EntryPart part) =>
        new(part.Text, IngredientMatchDto.From(part.Match), part.Percent, part.Suggestions);
}
