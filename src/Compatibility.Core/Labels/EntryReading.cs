using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>One reading of a label entry (the whole, a part, a bracket) with its match and what became of it.</summary>
/// <param name="Text">The name looked up.</param>
/// <param name="Kind">Which reading: <c>whole</c>, <c>part</c>, <c>bracket</c>, <c>outside</c>, <c>joined</c>, …</param>
/// <param name="Match">The catalogue ingredient it names, or null.</param>
/// <param name="Outcome">What the decision made of it: <c>chosen</c>, <c>same-ingredient</c>, <c>separate-ingredient</c>, <c>generic-name</c>, <c>gloss</c>, <c>unrecognized</c>, ….</param>
public sealed record EntryReading(string Text, string Kind, IngredientMatch? Match, string Outcome);
