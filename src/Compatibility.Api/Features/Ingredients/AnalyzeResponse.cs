using Compatibility.Api.Features.Catalogue;

namespace Compatibility.Api.Features.Ingredients;

/// <summary>Response of <c>POST /api/v1/ingredients/analyze</c> (contract shape, plus <c>catalogue</c>).</summary>
public sealed record AnalyzeResponse(
    IReadOnlyList<AnalyzedIngredient> Ingredients,
    int Recognized,
    int Unrecognized,
    IReadOnlyList<string> Classes,
    CatalogueInfo Catalogue);
