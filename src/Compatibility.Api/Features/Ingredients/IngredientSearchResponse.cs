namespace Compatibility.Api.Features.Ingredients;

/// <summary>One page of <c>GET /api/v1/ingredients?q=</c>.</summary>
public sealed record IngredientSearchResponse(string Query, int Total, int Skip, int Take, IReadOnlyList<IngredientDto> Items);
