namespace Compatibility.Core.Catalogue.Curated;

/// <summary><c>seeds/curated/synonyms.json</c>: names printed on labels for catalogue INCI names.</summary>
/// <param name="Blends">Trade names of blends: never a synonym of one ingredient, whatever another source says.</param>
public sealed record CuratedSynonyms(IReadOnlyList<SynonymEntry> Synonyms, IReadOnlyList<BlendName>? Blends = null);
