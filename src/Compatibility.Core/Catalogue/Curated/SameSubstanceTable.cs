namespace Compatibility.Core.Catalogue.Curated;

/// <summary><c>seeds/curated/same-substance.json</c>: groups of distinct INCI names that are one substance (<c>AQUA</c> and <c>WATER</c>).</summary>
public sealed record SameSubstanceTable(IReadOnlyList<SameSubstanceGroup> Groups);
