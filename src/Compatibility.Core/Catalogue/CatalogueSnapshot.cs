using Compatibility.Core.Labels;

namespace Compatibility.Core.Catalogue;

/// <summary>
/// Everything the serving path reads, loaded once and swapped atomically as a whole:
/// the ingredient index (and its analyser), and where it came from.
/// </summary>
public sealed class CatalogueSnapshot
{
    public CatalogueSnapshot(CatalogueIndex ingredients, string source, DateTimeOffset loadedAt)
    {
        Ingredients = ingredients;
        Analyzer = new LabelAnalyzer(ingredients);
        Source = source;
        LoadedAt = loadedAt;
    }

    public CatalogueIndex Ingredients { get; }

    public LabelAnalyzer Analyzer { get; }

    public string Version => Ingredients.Version;

    /// <summary><c>embedded</c> or <c>table-storage</c>.</summary>
    public string Source { get; }

    public DateTimeOffset LoadedAt { get; }
}
