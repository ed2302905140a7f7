namespace Compatibility.Core.Catalogue;

/// <summary>
/// Read-only lookup structure over the catalogue, built once per snapshot:
/// by id, by exact INCI name, by synonym, fuzzy (typos), and prefix search.
/// </summary>
public sealed class CatalogueIndex
{
    private readonly Dictionary<string, Ingredient> _byId;

    private CatalogueIndex(string version, IReadOnlyList<Ingredient> ingredients)
    {
        Version = version;
        Ingredients = ingredients;
        _byId = ingredients.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public string Version { get; }

    public IReadOnlyList<Ingredient> Ingredients { get; }

    public int Count => Ingredients.Count;

    public static CatalogueIndex Create(CatalogueData data) => new(data.Version, data.Ingredients);

    public Ingredient? FindById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Resolves one label name (already stripped of label noise): exact, then synonym, then fuzzy. Null when nothing is close enough.</summary>
    public IngredientMatch? Match(string name) => MatchExact(name) ?? MatchFuzzy(name);

    /// <summary>Exact INCI name (<see cref="MatchConfidence.Exact"/>) or a known synonym (<see cref="MatchConfidence.Synonym"/>); case, spacing and punctuation variants are normalised.</summary>
    public IngredientMatch? MatchExact(string name) => throw new NotImplementedException();

    /// <summary>Typo-tolerant match (<see cref="MatchConfidence.Fuzzy"/>); never a name inside a longer name. Null when nothing is unambiguously close.</summary>
    public IngredientMatch? MatchFuzzy(string name) => throw new NotImplementedException();

    /// <summary>Likely catalogue INCI names for a name that did not match, best first.</summary>
    public IReadOnlyList<string> Suggest(string name, int max = 3) => throw new NotImplementedException();

    /// <summary>Search by name, synonym or prefix, paged; <paramref name="total"/> is the number of all hits.</summary>
    public IReadOnlyList<Ingredient> Search(string query, int skip, int take, out int total) => throw new NotImplementedException();
}
