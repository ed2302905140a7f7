using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>
/// Parses a label and matches every entry against the catalogue: exact or synonym over all of an entry's
/// candidates first (so <c>Aqua (Water)</c> never goes fuzzy), then fuzzy, else unrecognised with suggestions.
/// Only whole names are looked up, never words inside them, so a name is never matched inside a longer name.
/// </summary>
public sealed class LabelAnalyzer
{
    private readonly ILabelNameMatcher _matcher;

    public LabelAnalyzer(CatalogueIndex index)
        : this(index, new CatalogueNameMatcher(index))
    {
    }

    internal LabelAnalyzer(CatalogueIndex index, ILabelNameMatcher matcher)
    {
        Index = index;
        _matcher = matcher;
    }

    public CatalogueIndex Index { get; }

    public LabelAnalysis Analyze(string inci)
    {
        var entries = LabelParser.Parse(inci);
        var matches = new IngredientMatch?[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            matches[e] = MatchExact(entries[e]);
        }

        var joined = JoinSplitNames(entries, matches);
        var analyzed = new List<AnalyzedEntry>(entries.Count);
        for (var e = 0; e < entries.Count; e++)
        {
            if (joined[e] == Joined.Tail)
            {
                continue;
            }

            var entry = entries[e];
            var input = entry.Input;
            if (joined[e] == Joined.Head)
            {
                input = $"{entry.Input}, {entries[e + 1].Input}";
            }

            var match = matches[e] ?? MatchFuzzy(entry);
            var suggestions = match is null ? _matcher.Suggest(entry.Name) : [];
            analyzed.Add(new AnalyzedEntry(input, analyzed.Count + 1, match, suggestions, entry.MayContain));
        }

        return new LabelAnalysis(analyzed);
    }

    private IngredientMatch? MatchExact(LabelEntry entry)
    {
        foreach (var candidate in entry.Candidates)
        {
            if (_matcher.MatchExact(candidate) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    private IngredientMatch? MatchFuzzy(LabelEntry entry)
    {
        foreach (var candidate in entry.Candidates)
        {
            if (_matcher.MatchFuzzy(candidate) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    /// <summary>
    /// Feeds and wrapped pack text cut names in two (<c>'ethylhexyl', 'salicylate'</c>, <c>Butylene⏎Glycol</c>).
    /// Two neighbouring entries that match nothing alone but exactly together are one entry.
    /// </summary>
    private Joined[] JoinSplitNames(IReadOnlyList<LabelEntry> entries, IngredientMatch?[] matches)
    {
        var joined = new Joined[entries.Count];
        for (var e = 0; e + 1 < entries.Count; e++)
        {
            if (matches[e] is not null || matches[e + 1] is not null || entries[e].MayContain != entries[e + 1].MayContain)
            {
                continue;
            }

            var name = $"{entries[e].Name} {entries[e + 1].Name}";
            if (_matcher.MatchExact(name) is { } match)
            {
                matches[e] = match;
                joined[e] = Joined.Head;
                joined[e + 1] = Joined.Tail;
                e++;
            }
        }

        return joined;
    }

    private enum Joined : byte
    {
        None,
        Head,
        Tail,
    }
}
