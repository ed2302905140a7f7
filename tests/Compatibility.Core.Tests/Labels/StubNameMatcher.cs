using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.Labels;

/// <summary>
/// A hand-built stand-in for the catalogue index, so the analyser's own logic (candidate order, exact before
/// fuzzy, joining split names, counting) is tested apart from the index. Fuzzy = edit distance up to 2 on keys of 6+ letters.
/// </summary>
internal sealed class StubNameMatcher : ILabelNameMatcher
{
    private readonly Dictionary<string, IngredientMatch> _exact = new(StringComparer.Ordinal);
    private readonly List<(string Key, Ingredient Ingredient)> _names = [];

    public StubNameMatcher(params Ingredient[] ingredients)
    {
        foreach (var ingredient in ingredients)
        {
            var key = NameNormalizer.Normalize(ingredient.InciName);
            _exact[key] = new IngredientMatch(ingredient, MatchConfidence.Exact);
            _names.Add((key, ingredient));
            foreach (var synonym in ingredient.Synonyms)
            {
                _exact.TryAdd(NameNormalizer.Normalize(synonym), new IngredientMatch(ingredient, MatchConfidence.Synonym));
            }
        }
    }

    public List<string> ExactLookups { get; } = [];

    public List<string> FuzzyLookups { get; } = [];

    public static Ingredient Ingredient(string inci, string[]? synonyms = null, string[]? classes = null) =>
        new(inci.ToLowerInvariant().Replace(' ', '-'), inci, synonyms ?? [], classes ?? [], []);

    public IngredientMatch? MatchExact(string name)
    {
        ExactLookups.Add(name);
        return _exact.GetValueOrDefault(NameNormalizer.Normalize(name));
    }

    public IngredientMatch? MatchFuzzy(string name)
    {
        FuzzyLookups.Add(name);
        var key = NameNormalizer.Normalize(name);
        var close = _names.Where(n => key.Length >= 6 && Distance(key, n.Key) <= 2).ToList();
        return close.Count == 1 ? new IngredientMatch(close[0].Ingredient, MatchConfidence.Fuzzy) : null;
    }

    public bool SameSubstance(Ingredient a, Ingredient b) => a.Id == b.Id;

    public SpeciesCandidateList? SpeciesCandidates(string name) => null;

    public IReadOnlyList<string> Suggest(string name)
    {
        var key = NameNormalizer.Normalize(name);
        return _names.OrderBy(n => Distance(key, n.Key)).Take(2).Select(n => n.Ingredient.InciName).ToList();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
