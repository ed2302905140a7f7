using Compatibility.Core.Labels;

namespace Compatibility.Core.Checking;

/// <summary>
/// Marks each entry's place relative to the 1 % line: the first ingredient-list entry (not "may contain", not prose)
/// whose ingredient, or a further ingredient inside it, is a marker of <see cref="ConcentrationRules"/>.
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
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            if (entry.Origin != EntryOrigin.Label || entry.MayContain) continue;
            total++;
            if (lineAt is not null || entry.Percent is not null) continue;
            foreach (var part in entry.Ingredients)
            {
                if (part.Match is { } match && rules.MarkerFor(match.Ingredient.InciName) is not null)
                {
                    lineAt = entry.Position;
                    lineInci = match.Ingredient.InciName;
                    break;
                }
            }
        }

        var strengths = new EntryStrength[entries.Count];
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            strengths[e] = new EntryStrength(entry.Position, total, lineAt, lineInci, entry.MayContain, entry.Percent, entry.Origin == EntryOrigin.Description);
        }

        return strengths;
    }
}
