namespace Compatibility.Core.Catalogue;

/// <summary>The catalogue as stored in <c>seeds/catalogue.json</c> and in Table Storage: a version and its ingredients.</summary>
public sealed record CatalogueData(string Version, IReadOnlyList<Ingredient> Ingredients);
