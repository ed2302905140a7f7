namespace Compatibility.Api.Features.Ingredients;

/// <summary>One label entry in an analysis; <c>match</c> is null when nothing matched.</summary>
public sealed record AnalyzedIngredient(
    string Input,
    int Position,
    IngredientMatchDto? Match,
    IReadOnlyList<string> Suggestions,
    bool MayContain);
