using Compatibility.Core.Labels;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>
/// One label entry in an analysis; <c>match</c> is null when nothing matched. <c>readings</c> says which reading of the
/// entry won and what became of the others; <c>also</c> lists further ingredients the entry names (<c>Water (Tretinoin)</c>).
/// </summary>
/// <param name="Percent">The percentage printed with the entry, if any.</param>
/// <param name="Origin"><c>label</c>, or <c>description</c> for an active named in key-ingredient prose.</param>
/// <param name="Ambiguity">Set when readings disagreed and the cautious one was taken, or only a species was printed.</param>
/// <param name="Candidates">For a name that stops after the species: the catalogue ingredients it may mean; else empty.</param>
public sealed record AnalyzedIngredient(
    string Input,
    int Position,
    IngredientMatchDto? Match,
    IReadOnlyList<string> Suggestions,
    bool MayContain,
    decimal? Percent,
    EntryOrigin Origin,
    IReadOnlyList<EntryReadingDto> Readings,
    IReadOnlyList<EntryPartDto> Also,
    string? Ambiguity,
    IReadOnlyList<string> Candidates)
{
    public static AnalyzedIngredient From(AnalyzedEntry entry) =>
        new(
            entry.Input,
            entry.Position,
            IngredientMatchDto.From(entry.Match),
            entry.Suggestions,
            entry.MayContain,
            entry.Percent,
            entry.Origin,
            entry.Readings.Select(EntryReadingDto.From).ToList(),
            entry.Also.Select(EntryPartDto.From).ToList(),
            entry.Ambiguity,
            entry.SpeciesCandidates);
}
