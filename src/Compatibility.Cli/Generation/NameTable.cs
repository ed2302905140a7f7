using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Generation;

/// <summary>Finds the generator's ingredients by INCI name, compared through <see cref="NameNormalizer"/>.</summary>
internal sealed class NameTable
{
    private readonly Dictionary<string, List<IngredientBuilder>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IngredientBuilder>> _byCompactKey = new(StringComparer.Ordinal);

    public NameTable(IEnumerable<IngredientBuilder> builders)
    {
        foreach (var builder in builders)
        {
            Add(builder);
        }
    }

    public void Add(IngredientBuilder builder)
    {
        AddTo(_byKey, NameNormalizer.Normalize(builder.InciName), builder);
        AddTo(_byCompactKey, NameNormalizer.Compact(builder.InciName), builder);
    }

    /// <summary>True when <paramref name="key"/> (a normalised key) is some ingredient's INCI name.</summary>
    public bool IsInciKey(string key) => _byKey.ContainsKey(key) || _byCompactKey.ContainsKey(key.Replace(" ", "", StringComparison.Ordinal));

    /// <summary>The ingredient named <paramref name="name"/>; the literal spelling wins when variants collide.</summary>
    public IngredientBuilder? Resolve(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        return Pick(_byKey, NameNormalizer.Normalize(name), upper) ?? Pick(_byCompactKey, NameNormalizer.Compact(name), upper);
    }

    private static IngredientBuilder? Pick(Dictionary<string, List<IngredientBuilder>> map, string key, string upper)
    {
        if (!map.TryGetValue(key, out var list))
        {
            return null;
        }

        return list.Count == 1 ? list[0] : list.FirstOrDefault(b => b.InciName == upper) ?? list[0];
    }

    private static void AddTo(Dictionary<string, List<IngredientBuilder>> map, string key, IngredientBuilder builder)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(builder);
    }
}
