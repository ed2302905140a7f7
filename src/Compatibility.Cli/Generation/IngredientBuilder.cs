using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Generation;

/// <summary>An ingredient while the generator collects its classes and synonyms.</summary>
internal sealed class IngredientBuilder(string inciName, IReadOnlyList<string> functions, string? casNumber, int? cosIngRef)
{
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _synonymsByKey = new(StringComparer.Ordinal);

    public string InciName { get; } = inciName;

    public IReadOnlyList<string> Functions { get; } = functions;

    public void AddClass(string cls) => _classes.Add(cls);

    /// <summary>Adds a label name; the first spelling seen for a key is kept.</summary>
    public void AddSynonym(string key, string name) => _synonymsByKey.TryAdd(key, name);

    public Ingredient Build(string id) => new(
        id,
        InciName,
        _synonymsByKey.Values.Order(StringComparer.Ordinal).ToList(),
        IngredientClass.All.Where(_classes.Contains).ToList(),
        Functions,
        casNumber,
        cosIngRef);
}
