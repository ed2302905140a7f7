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
/// <item>an unmatched bracket or slash part is a gloss or translation when it reads as plain language or opens with a
/// translation word (<c>Cire De …</c>), a marketing name when it is marketing words and a generic name
/// (<c>(super hyaluronic acid)</c>), unrecognised when it reads as an ingredient name; an unmatched name before a matched
/// trailing bracket is a trade or common name; an unmatched blend component is always unrecognised;</item>
/// <item>names glued without their separator (<c>Water Aqua</c>) count only when they all name one substance;</item>
/// <item>a blend's trade name printed alone (<c>Euxyl PE 9010</c>) names each of its curated components;</item>
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
        var blend = entry.Components.Any(c => c.Kind == ReadingKind.BlendComponent);
        if (!blend && MatchWhole(entry, readings, exact: true) is { } whole)
        {
            return Single(entry, position, whole, readings);
        }

        var found = new List<Found>(2);
        var unknown = new List<(string Text, ReadingKind Kind)>();
        var anyMatch = ResolveComponents(entry, readings, found, unknown, exact: true);
        if (!anyMatch && !blend && MatchGlued(entry, readings) is { } glued)
        {
            return glued.Count == 1 ? Single(entry, position, glued[0].Match, readings) : Decide(entry, position, readings, glued, [], fuzzy);
        }

        if (!anyMatch && !blend && MatchBlendName(entry, readings) is { } components)
        {
            return Decide(entry, position, readings, components, [], fuzzy);
        }

        if (!anyMatch)
        {
            if (!fuzzy)
            {
                return null;
            }

            readings.Clear();
            if (!blend && MatchWhole(entry, readings, exact: false) is { } fuzzyWhole)
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

    /// <summary>
    /// The whole or the outside read as names glued without their separator (<c>Water Aqua</c>); only when they all name
    /// one substance (<see cref="GluedNames"/>).
    /// </summary>
    private List<Found>? MatchGlued(LabelEntry entry, List<EntryReading> readings)
    {
        var outside = entry.Components.FirstOrDefault(c => c.Kind == ReadingKind.Outside)?.Text;
        foreach (var text in outside is null ? [entry.Name] : new[] { entry.Name, outside })
        {
            if (GluedNames.Split(text, matcher) is not { } names) continue;
            var found = names.Select(n => new Found(n.Text, ReadingKind.Glued, n.Match, -1, null)).ToList();
            if (found.Count == 1) readings.Add(new EntryReading(found[0].Text, Kind(ReadingKind.Glued), found[0].Match, Outcomes.Chosen));
            return found;
        }

        return null;
    }

    /// <summary>A blend's trade name printed alone (<c>Euxyl PE 9010</c>): its components, each an ingredient of the label.</summary>
    private List<Found>? MatchBlendName(LabelEntry entry, List<EntryReading> readings)
    {
        if (matcher.BlendComponents(entry.Name) is not { Count: > 0 } names)
        {
            return null;
        }

        var found = new List<Found>(names.Count);
        foreach (var name in names)
        {
            if (matcher.MatchExact(name) is not { } match) return null; // a table that names what the catalogue lacks is not trusted
            found.Add(new Found(name, ReadingKind.BlendComponent, match, -1, null));
        }

        readings.Add(new EntryReading(entry.Name, Kind(ReadingKind.Whole), null, Outcomes.TradeName));
        return found;
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
        var hasMatchedBracket = found.Any(f => f.Component >= 0 && entry.Components[f.Component].Kind is ReadingKind.Bracket or ReadingKind.BlendComponent);
        foreach (var (text, kind) in unknown)
        {
            if (kind == ReadingKind.Outside && hasMatchedBracket)
            {
                readings.Add(new EntryReading(text, Kind(kind), null, Outcomes.TradeName));
                continue;
            }

            // A blend component is an ingredient by the label's own "(and)"; an unknown one is never a gloss.
            if (kind is not (ReadingKind.Outside or ReadingKind.BlendComponent)
                && (!ReadingRules.LooksLikeIngredient(text) || ReadingRules.IsTranslation(text)))
            {
                readings.Add(new EntryReading(text, Kind(kind), null, Outcomes.Gloss));
                continue;
            }

            if (kind == ReadingKind.Bracket && ReadingRules.IsMarketingName(text))
            {
                readings.Add(new EntryReading(text, Kind(kind), null, Outcomes.GenericName)); // "(super hyaluronic acid)"
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
        // "Iron Oxides (CI 77491, …)": the colour index keeps the ingredient, so the generic name can lose without it.
        var aGeneric = ReadingRules.IsGeneric(a.Text);
        if (aGeneric != ReadingRules.IsGeneric(b.Text)) return aGeneric ? b : a;
        var ac = a.Match.Ingredient.Classes.Count;
        var bc = b.Match.Ingredient.Classes.Count;
        if (ac != bc) return ac > bc ? a : b;
        return b.Match.Ingredient.Synonyms.Count > a.Match.Ingredient.Synonyms.Count ? b : a;
    }

    private bool SameSubstance(Ingredient a, Ingredient b) => matcher.SameSubstance(a, b);

    private static AnalyzedEntry Single(LabelEntry entry, int position, IngredientMatch match, List<EntryReading> readings) =>
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

        // A feed that cut the name after the species, or a label that prints no plant part ("Chamomilla Recutita
        // (Matricaria)"): report the candidates instead of guessing the plant part.
        var outside = entry.Components.FirstOrDefault(c => c.Kind == ReadingKind.Outside)?.Text;
        if (((outside is null ? null : matcher.SpeciesCandidates(outside)) ?? matcher.SpeciesCandidates(entry.Name)) is { } species)
        {
            var names = species.Candidates.Select(c => c.InciName).ToList();
            var agreement = species.ClassesAgree
                ? "they all carry the same aftercare classes"
                : "the plant part decides the aftercare class";
            return new AnalyzedEntry(entry.Input, position, null, names, entry.MayContain)
            {
                SpeciesCandidates = names,
                Percent = entry.Percent,
                Origin = entry.Origin,
                Readings = readings,
                Ambiguity = $"The plant part is not printed; {species.Total} catalogue ingredients of the species fit and {agreement}: {string.Join(", ", names)}.",
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
        ReadingKind.BlendComponent => "component",
        ReadingKind.Glued => "glued",
        _ => "gloss",
    };

    private sealed record Found(string Text, ReadingKind Kind, IngredientMatch Match, int Component, decimal? Percent);
}
