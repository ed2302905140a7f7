namespace Compatibility.Core.Catalogue.Curated;

/// <summary>INCI names that name one substance, with why.</summary>
public sealed record SameSubstanceGroup(IReadOnlyList<string> Inci, string Note);
