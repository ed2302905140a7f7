namespace Compatibility.Cli.Generation;

/// <summary><c>seeds/curated/colour-names.json</c>: US colour additive names and the CosIng colour index name of each.</summary>
/// <param name="Sources">Source id → citation; every colour names one.</param>
public sealed record CuratedColours(IReadOnlyDictionary<string, string> Sources, IReadOnlyList<ColourName> Colours);
