namespace Compatibility.Api.Features.Admin;

/// <summary>
/// Body of <c>PUT /api/v1/ingredients/{id}</c>. The id comes from the route; storage fields (keys, ETag,
/// timestamps) have no member here, so a body can never set them (unknown members are ignored).
/// </summary>
public sealed record IngredientBody(
    string? InciName,
    IReadOnlyList<string>? Synonyms,
    IReadOnlyList<string>? Classes,
    IReadOnlyList<string>? Functions,
    string? CasNumber,
    int? CosIngRef);
