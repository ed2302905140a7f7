using Compatibility.Core.Labels;

namespace Compatibility.Core.Checking;

/// <summary>
/// Marks each entry's place relative to the 1 % line: the first ingredient-list entry (not "may contain", not prose)
/// whose ingredient, or a further ingredient inside it, is a marker of <see cref="ConcentrationRules"/>; and which entries
/// a neutraliser of the list (zinc oxide) counts for: those after it, or, when its percentage is printed, all when it reaches the rule's minimum.
/// A list in alphabetical order (US drug labels) has no line.
/// Position is a hint of strength, never proof: the protocol decides per window what a trace means.
/// </summary>
public static class ConcentrationReader
{
    public static EntryStrength[] Read(LabelAnalysis label, ConcentrationRules rules)
    {
        var entries = label.Entries;
        var total = 0;
        int? lineAt = null;
        string? lineInci = null;
        NeutralisingEntry? neutraliser = null;
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            // "Entry 10 of 19" counts in the label's own numbering, "may contain" entries included.
            if (entry.Origin == EntryOrigin.Label) total = Math.Max(total, entry.Position);
            if (entry.Origin != EntryOrigin.Label || entry.MayContain) continue;
            foreach (var part in entry.Ingredients)
            {
                if (part.Match is not { } match) continue;
                if (neutraliser is null && rules.NeutraliserFor(match.Ingredient.InciName) is { } rule)
                {
                    neutraliser = new NeutralisingEntry(match.Ingredient.InciName, entry.Position, entry.Percent, rule);
                }

                if (lineAt is null && entry.Percent is null && rules.MarkerFor(match.Ingredient.InciName) is not null)
                {
                    lineAt = entry.Position;
                    lineInci = match.Ingredient.InciName;
                }
            }
        }

        // An alphabetical list says nothing about amounts: no line, and no entry stands before another by amount.
        var alphabetical = IsAlphabetical(entries, rules.AlphabeticalLists);
        if (alphabetical) (lineAt, lineInci) = (null, null);

        var strengths = new EntryStrength[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            // A printed amount stands outside the list's order (drug-facts actives), so then only the amount counts.
            var counts = neutraliser is { } n && entry.Origin == EntryOrigin.Label && !entry.MayContain && entry.Position != n.Position
                && (n.Percent is { } printed ? printed >= n.Rule.MinimumPercent : !alphabetical && entry.Position > n.Position);
            strengths[e] = new EntryStrength(entry.Position, total, lineAt, lineInci, entry.MayContain, entry.Percent, entry.Origin == EntryOrigin.Description, counts ? neutraliser : null)
            {
                Alphabetical = alphabetical && entry.Origin == EntryOrigin.Label && !entry.MayContain,
            };
        }

        return strengths;
    }

    /// <summary>
    /// True when the list's recognised entries without a printed percentage, at least the rule's minimum of them, are in
    /// alphabetical order as printed, allowing one out of place per ten entries.
    /// </summary>
    public static bool IsAlphabetical(IReadOnlyList<AnalyzedEntry> entries, AlphabeticalListRule? rule)
    {
        if (rule is null) return false;
        string? previous = null;
        var count = 0;
        var descents = 0;
        foreach (var entry in entries)
        {
            // Unrecognised entries are often prose fragments of drug labels ("*read consumer information leaflet").
            if (entry.Origin != EntryOrigin.Label || entry.MayContain || entry.Percent is not null || entry.Match is null) continue;
            if (previous is not null && CompareLettersAndDigits(entry.Input, previous) < 0) descents++;
            previous = entry.Input;
            count++;
        }

        return count >= rule.MinimumEntries && descents <= count / 10;
    }

    /// <summary>Compares two printed names by their letters and digits only, case-insensitively ("C12-15 Alkyl" as "c1215alkyl"); no allocation.</summary>
    private static int CompareLettersAndDigits(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsLetterOrDigit(a[i])) i++;
            while (j < b.Length && !char.IsLetterOrDigit(b[j])) j++;
            if (i == a.Length || j == b.Length) return (a.Length - i).CompareTo(0) - (b.Length - j).CompareTo(0);
            var difference = char.ToLowerInvariant(a[i]).CompareTo(char.ToLowerInvariant(b[j]));
            if (difference != 0) return difference;
            i++;
            j++;
        }
    }
}
