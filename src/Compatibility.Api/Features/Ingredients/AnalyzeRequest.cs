namespace Compatibility.Api.Features.Ingredients;

/// <summary>Body of <c>POST /api/v1/ingredients/analyze</c>.</summary>
public sealed record AnalyzeRequest(string? Inci);
