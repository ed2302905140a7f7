namespace Compatibility.Core.Checking;

/// <summary>An ingredient of a product and a class it brings into the product at a strength that counts.</summary>
internal readonly record struct ActiveClass(string Ingredient, string Class);
