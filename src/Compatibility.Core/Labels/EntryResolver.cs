using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>
/// Stage 4: decides what an entry names from all its readings. The rules, in order:
/// <list type="number">
/// <item>the whole entry (or the whole without qualifiers) names one ingredient: that ingredient;</item>
/// <item>otherwise every component is resolved; components that name the same substance (same ingredient, same CAS
/// number) are one ingredient, the one with more classes (the cautious one), then the better-known name;</item>
/// <item>a generic name (<c>Vitamin C</c>, <c>BHA</c>) beside an INCI name of another ingredient loses to it;</item>
/// <item>components that name different ingredients are each an ingredient of the label (<c>Water (Tretinoin)</c>);
/// the one with most classes is the entry's match, the others are <see cref="AnalyzedEntry.Also"/>;</item>
/// <item>an unmatched bracket or slash part is a gloss or translation when it reads as plain language, unrecognised when
/// it reads as an ingredient name; an unmatched name before a matched trailing bracket is a trade or common name;</item>
/// <item>only when no reading matches exactly is fuzzy matching tried, whole first.</item>
/// </list>
/// </summary>
internal sealed class EntryResolver(ILabelNameMatcher matcher)
{
    /// <summary>Resolves with exact and synonym lookups only; null when no reading matched at all.</summary>
    public AnalyzedEntry? ResolveExact(LabelEntry entry, int position) => Resolve(entry, position, fuzzy: false);

    /// <summary>Resolves with fuzzy lookups as the last resort; never null.</summary>
    public AnalyzedEntry ResolveAll(LabelEntry entry, int position) => Resolve(entry, position, fuzzy: true)!;

    /// <summary>A name joined from two neighbouring entries that matched nothing alone (feeds cut names in two).</summary>
    public IngredientMatch? MatchJoined(string name) => matcher.MatchExact(name);

    private AnalyzedEntry? Resolve(LabelEntry entry, int position, bool fuzzy)
    {
        var readings = new List<EntryReading>(4);
        if (MatchWhole(entry, readings, exact: true) is { } whole)
        {
            return Single(entry, position, whole, readings);
        }

        var found = new List<Found>(2);
        var unknown = new List<(string Text, ReadingKind Kind)>();
        var anyMatch = ResolveComponents(entry, readings, found, unknown, exact: true);
        if (!anyMatch)
        {
            if (!fuzzy)
            {
                return null;
            }

            readings.Clear();
            if (MatchWhole(entry, readings, exact: false) is { } fuzzyWhole)
            {
                return Single(entry, position, fuzzyWhole, readings);
            }

            found.Clear();
            unknown.Clear();
            if (!ResolveComponents(entry, readings, found, unknown, exact: false))
            {
                return Unrecognized(entry, position, readings);
            }
        }

        return Decide(entry, position, readings, found, unknown, fuzzy);
    }

    private IngredientMatch? MatchWhole(LabelEntry entry, List<EntryReading> readings, bool exact)
    {
        var match = Lookup(entry.Name, exact);
        readings.Add(new EntryReading(entry.Name, Kind(ReadingKind.Whole), match, match is null ? Outcomes.NoMatch : Outcomes.Chosen));
        if (match is not null) return match;

        foreach (var alternative in entry.Alternatives)
        {
            match = Lookup(alternative, exact);
            readings.Add(new EntryReading(alternative, Kind(ReadingKind.Unqualified), match, match is null ? Outcomes.NoMatch : Outcomes.Chosen));
            if (match is not null) return match;
        }

        return null;
    }

    /// <summary>Looks up every component (its alternatives, then its parts); true when anything matched.</summary>
    private bool ResolveComponents(LabelEntry entry, List<EntryReading> readings, List<Found> found, List<(string, ReadingKind)> unknown, bool exact)
    {
        var any = false;
        for (var c = 0; c < entry.Components.Count; c++)
        {
            var component = entry.Components[c];
            if (component.Kind == ReadingKind.Gloss)
            {
                readings.Add(new EntryReading(component.Text, Kind(ReadingKind.Gloss), null, Outcomes.Gloss));
                continue;
            }

            var match = Lookup(component.Text, exact);
            var text = component.Text;
            var kind = component.Kind;
            if (match is null)
            {
                foreach (var alternative in component.Alternatives)
                {
                    readings.Add(new EntryReading(component.Text, Kind(component.Kind), null, Outcomes.NoMatch));
                    match = Lookup(alternative, exact);
                    if (match is not null)
                    {
                        text = alternative;
                        kind = ReadingKind.CommonName;
                        break;
                    }
                }
            }

            if (match is not null)
            {
                found.Add(new Found(text, kind, match, c, component.Percent));
                any = true;
                continue;
            }

            if (component.Parts.Count == 0)
            {
                unknown.Add((component.Text, component.Kind));
                continue;
            }

            readings.Add(new EntryReading(component.Text, Kind(component.Kind), null, Outcomes.NoMatch));
            foreach (var part in component.Parts)
            {
                var partMatch = Lookup(part, exact);
                if (partMatch is not null)
                {
                    found.Add(new Found(part, ReadingKind.Part, partMatch, c, component.Percent));
                    any = true;
                }
                else
                {
                    unknown.Add((part, ReadingKind.Part));
                }
            }
        }

        return any;
    }

    private AnalyzedEntry Decide(LabelEntry entry, int position, List<EntryReading> readings, List<Found> found, List<(string Text, ReadingKind Kind)> unknown, bool fuzzy)
    {
        // Same substance: one ingredient, the cautious (more classes) then the better-known one.
        var distinct = new List<Found>(found.Count);
        foreach (var f in found)
        {
            var same = distinct.FindIndex(d => SameSubstance(d.Match.Ingredient, f.Match.Ingredient));
            if (same < 0)
            {
                distinct.Add(f);
                continue;
            }

            var kept = distinct[same];
            var better = Preferred(kept, f);
            var loser = ReferenceEquals(better, kept) ? f : kept;
            distinct[same] = better;
            readings.Add(new EntryReading(loser.Text, Kind(loser.Kind), loser.Match, Outcomes.SameIngredient));
        }

        // A generic name beside another ingredient's INCI name loses to it.
        if (distinct.Count > 1 && distinct.Any(d => !ReadingRules.IsGeneric(d.Text)))
        {
            foreach (var generic in distinct.Where(d => ReadingRules.IsGeneric(d.Text)).ToList())
            {
                distinct.Remove(generic);
                readings.Add(new EntryReading(generic.Text, Kind(generic.Kind), generic.Match, Outcomes.GenericName));
            }
        }

        var unknownParts = new List<EntryPart>();
        var hasMatchedBracket = found.Any(f => f.Kind is ReadingKind.Bracket or ReadingKind.Part && entry.Components[f.Component].Kind == ReadingKind.Bracket);
        foreach (var (text, kind) in unknown)
        {
            if (kind == ReadingKind.Outside && hasMatchedBracket)
            {
                readings.Add(new EntryReading(text, Kind(kind), null, Outcomes.TradeName));
                continue;
            }

            if (kind != ReadingKind.Outside && !ReadingRules.LooksLikeIngredient(text))
            {
                readings.Add(new EntryReading(text, Kind(kind), null, Outcomes.Gloss));
                continue;
            }

            var fuzzyMatch = fuzzy ? matcher.MatchFuzzy(text) : null;
            if (fuzzyMatch is not null && !distinct.Any(d => SameSubstance(d.Match.Ingredient, fuzzyMatch.Ingredient)))
            {
                distinct.Add(new Found(text, kind, fuzzyMatch, -1, null));
                continue;
            }

            readings.Add(new EntryReading(text, Kind(kind), null, Outcomes.Unrecognized));
            unknownParts.Add(new EntryPart(text, null, matcher.Suggest(text)));
        }

        // The match is the ingredient with most classes, so a client that reads only "match" sees the harshest.
        var ordered = distinct.OrderByDescending(d => d.Match.Ingredient.Classes.Count).ToList();
        var primary = ordered[0];
        readings.Add(new EntryReading(primary.Text, Kind(primary.Kind), primary.Match, Outcomes.Chosen));
        var also = new List<EntryPart>(ordered.Count - 1 + unknownParts.Count);
        foreach (var other in ordered.Skip(1))
        {
            readings.Add(new EntryReading(other.Text, Kind(other.Kind), other.Match, Outcomes.SeparateIngredient));
            also.Add(new EntryPart(other.Text, other.Match, []) { Percent = other.Percent });
        }

        also.AddRange(unknownParts);
        string? ambiguity = null;
        if (also.Count > 0)
        {
            var names = ordered.Select(d => d.Match.Ingredient.InciName).Concat(unknownParts.Select(u => $"'{u.Text}' (not recognised)"));
            ambiguity = $"The entry names more than one ingredient ({string.Join(", ", names)}); each is judged.";
        }

        return new AnalyzedEntry(entry.Input, position, primary.Match, [], entry.MayContain)
        {
            Percent = primary.Percent ?? entry.Percent,
            Origin = entry.Origin,
            Also = also,
            Readings = readings,
            Ambiguity = ambiguity,
        };
    }

    private static Found Preferred(Found a, Found b)
    {
        var ac = a.Match.Ingredient.Classes.Count;
        var bc = b.Match.Ingredient.Classes.Count;
        if (ac != bc) return ac > bc ? a : b;
        return b.Match.Ingredient.Synonyms.Count > a.Match.Ingredient.Synonyms.Count ? b : a;
    }

    private bool SameSubstance(Ingredient a, Ingredient b) => matcher.SameSubstance(a, b);

    private AnalyzedEntry Single(LabelEntry entry, int position, IngredientMatch match, List<EntryReading> readings) =>
        new(entry.Input, position, match, [], entry.MayContain)
        {
            Percent = entry.Percent,
            Origin = entry.Origin,
            Readings = readings,
        };

    private AnalyzedEntry Unrecognized(LabelEntry entry, int position, List<EntryReading> readings)
    {
        for (var r = 0; r < readings.Count; r++)
        {
            readings[r] = readings[r] with { Outcome = Outcomes.Unrecognized };
        }

        // A feed that cut the name after the species: report the candidates instead of guessing the plant part.
        if (matcher.SpeciesCandidates(entry.Name) is { } species)
        {
            var names = species.Candidates.Select(c => c.InciName).ToList();
            var agreement = species.ClassesAgree
                ? "they all carry the same aftercare classes"
                : "the plant part decides the aftercare class";
            return new AnalyzedEntry(entry.Input, position, null, names, entry.MayContain)
            {
                Percent = entry.Percent,
                Origin = entry.Origin,
                Readings = readings,
                SpeciesCandidates = names,
                Ambiguity = $"Only the species is printed; {species.Total} catalogue ingredients start with it and {agreement}: {string.Join(", ", names)}.",
            };
        }

        return new AnalyzedEntry(entry.Input, position, null, matcher.Suggest(entry.Name), entry.MayContain)
        {
            Percent = entry.Percent,
            Origin = entry.Origin,
            Readings = readings,
        };
    }

    private IngredientMatch? Lookup(string name, bool exact) => exact ? matcher.MatchExact(name) : matcher.MatchFuzzy(name);

    private static string Kind(ReadingKind kind) => kind switch
    {
        ReadingKind.Whole => "whole",
        ReadingKind.Unqualified => "unqualified",
        ReadingKind.Outside => "outside",
        ReadingKind.Bracket => "bracket",
        ReadingKind.CommonName => "common-name",
        ReadingKind.Part => "part",
        _ => "gloss",
    };

    private sealed record Found(string Text, ReadingKind Kind, IngredientMatch Match, int Component, decimal? Percent);
}
