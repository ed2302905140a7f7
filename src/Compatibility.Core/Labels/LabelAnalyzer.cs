using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels.Reading;

namespace Compatibility.Core.Labels;

/// <summary>
/// Reads a label (<see cref="LabelParser"/>) and resolves every entry from all its readings (<see cref="EntryResolver"/>):
/// exact and synonym lookups over every reading first, then names a feed cut in two are joined, then fuzzy matching
/// for what is left, else unrecognised with suggestions. Key-ingredient descriptions are kept only when they name a
/// catalogue active the list does not already have. Only whole names are looked up, never words inside them.
/// </summary>
public sealed class LabelAnalyzer
{
    private readonly EntryResolver _resolver;

    public LabelAnalyzer(CatalogueIndex index)
        : this(index, new CatalogueNameMatcher(index))
    {
    }

    internal LabelAnalyzer(CatalogueIndex index, ILabelNameMatcher matcher)
    {
        Index = index;
        _resolver = new EntryResolver(matcher);
    }

    public CatalogueIndex Index { get; }

    public LabelAnalysis Analyze(string inci)
    {
        var parsed = LabelParser.Read(inci);
        var entries = parsed.Entries;
        var dropped = parsed.Dropped.ToList();
        var resolved = new AnalyzedEntry?[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            // Resolved at the position it has when nothing before it is joined or moved; renumbered below otherwise.
            resolved[e] = _resolver.ResolveExact(entries[e], e + 1);
        }

        var joined = JoinSplitNames(entries, resolved);
        var list = new List<AnalyzedEntry>(entries.Count);
        var descriptions = new List<(AnalyzedEntry Analyzed, LabelEntry Entry)>();
        for (var e = 0; e < entries.Count; e++)
        {
            if (joined[e] == Joined.Tail)
            {
                continue;
            }

            var entry = entries[e];
            var analyzed = resolved[e] ?? _resolver.ResolveAll(entry, e + 1);
            if (joined[e] == Joined.Head)
            {
                analyzed = analyzed with { Input = $"{entry.Input}, {entries[e + 1].Input}" };
            }

            if (entry.Origin == EntryOrigin.Description)
            {
                if (analyzed.Match is { Ingredient.Classes.Count: > 0 } && analyzed.Match.Confidence != MatchConfidence.Fuzzy)
                {
                    descriptions.Add((analyzed, entry));
                }
                else
                {
                    dropped.Add(new DroppedText(entry.Start, entry.End, DropReason.Description));
                }

                continue;
            }

            list.Add(analyzed);
        }

        // Descriptions name actives the list may already hold; those add nothing. Positions: the list first.
        foreach (var (description, entry) in descriptions)
        {
            if (list.Any(l => l.Ingredients.Any(p => p.Match?.Ingredient.Id == description.Match!.Ingredient.Id)))
            {
                dropped.Add(new DroppedText(entry.Start, entry.End, DropReason.Description));
                continue;
            }

            list.Add(description);
        }

        for (var p = 0; p < list.Count; p++)
        {
            if (list[p].Position != p + 1)
            {
                list[p] = list[p] with { Position = p + 1 };
            }
        }

        dropped.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new LabelAnalysis(list) { Dropped = dropped };
    }

    /// <summary>
    /// Feeds and wrapped pack text cut names in two (<c>'ethylhexyl', 'salicylate'</c>, <c>Butylene⏎Glycol</c>).
    /// Two neighbouring entries that match nothing alone but exactly together are one entry.
    /// </summary>
    private Joined[] JoinSplitNames(IReadOnlyList<LabelEntry> entries, AnalyzedEntry?[] resolved)
    {
        var joined = new Joined[entries.Count];
        for (var e = 0; e + 1 < entries.Count; e++)
        {
            if (resolved[e] is not null || resolved[e + 1] is not null || entries[e].MayContain != entries[e + 1].MayContain
                || entries[e].Origin != entries[e + 1].Origin)
            {
                continue;
            }

            var name = $"{entries[e].Name} {entries[e + 1].Name}";
            if (_resolver.MatchJoined(name) is { } match)
            {
                resolved[e] = new AnalyzedEntry(entries[e].Input, 0, match, [], entries[e].MayContain)
                {
                    Origin = entries[e].Origin,
                    Readings = [new EntryReading(name, "joined", match, Outcomes.Chosen)],
                };
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
