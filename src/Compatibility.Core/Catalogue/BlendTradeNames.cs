using System.Text.Json;
using Compatibility.Core.Catalogue.Curated;
using Compatibility.Core.Seeds;

namespace Compatibility.Core.Catalogue;

/// <summary>
/// Trade names of preservative and UV-filter blends (<c>Euxyl PE 9010</c>, <c>Germaben II</c>) and the INCI names of what
/// they contain: the <c>blends</c> of <c>seeds/curated/synonyms.json</c>, embedded in this assembly. A label that prints
/// only the trade name names every component, so each is judged; the trade name is never a synonym of one of them.
/// </summary>
public sealed class BlendTradeNames
{
    public const string ResourceName = "seeds/curated/synonyms.json";

    private static readonly Lazy<BlendTradeNames> LazyEmbedded = new(LoadEmbedded);

    private readonly Dictionary<string, IReadOnlyList<string>> _componentsByKey = new(StringComparer.Ordinal);

    public BlendTradeNames(IEnumerable<BlendName> blends)
    {
        foreach (var blend in blends)
        {
            _componentsByKey[NameNormalizer.Normalize(blend.Name)] = blend.Contains;
        }
    }

    /// <summary>The table shipped in this assembly.</summary>
    public static BlendTradeNames Embedded => LazyEmbedded.Value;

    /// <summary>Every blend's trade name, for checks.</summary>
    public IEnumerable<string> Names => _componentsByKey.Keys;

    /// <summary>The INCI names the trade name <paramref name="name"/> stands for, or null when it names no known blend.</summary>
    public IReadOnlyList<string>? ComponentsOf(string name) => _componentsByKey.GetValueOrDefault(NameNormalizer.Normalize(name));

    private static BlendTradeNames LoadEmbedded()
    {
        using var stream = EmbeddedSeeds.Open(ResourceName);
        var table = JsonSerializer.Deserialize(stream, CuratedJsonContext.Default.CuratedSynonyms)
            ?? throw new InvalidDataException($"{ResourceName} is empty.");
        return new BlendTradeNames(table.Blends ?? []);
    }
}
