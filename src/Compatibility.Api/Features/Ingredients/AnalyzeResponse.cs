using Compatibility.Api.Features.Catalogue;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>Response of <c>POST /api/v1/ingredients/analyze</c> (contract shape, plus what was dropped and <c>catalogue</c>).</summary>
/// <param name="Incomplete">True when the only entries come from a key-ingredient description: the full list is missing.</param>
/// <param name="Dropped">Every fragment of the label that is no entry (headings, prose, footnotes, …), with the reason.</param>
public sealed record AnalyzeResponse(
    IReadOnlyList<AnalyzedIngredient> Ingredients,
    int Recognized,
    int Unrecognized,
    IReadOnlyList<string> Classes,
    bool Incomplete,
    IReadOnlyList<DroppedTextDto> Dropped,
    CatalogueInfo Catalogue);
