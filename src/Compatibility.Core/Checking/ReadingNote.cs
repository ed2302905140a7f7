using Compatibility.Core.Labels;

namespace Compatibility.Core.Checking;

/// <summary>
/// Says where in a label entry an ingredient was read when it is not the entry as a whole: "read from the bracket of
/// 'Water (Tretinoin)'". Null for an ingredient that is the whole entry, so ordinary findings carry nothing extra.
/// </summary>
internal static class ReadingNote
{
    /// <param name="primary">True for the entry's own match (the first of <see cref="AnalyzedEntry.Ingredients"/>).</param>
    public static string? For(AnalyzedEntry entry, EntryPart part, bool primary)
    {
        var reading = primary ? Chosen(entry) : Separate(entry, part);
        return reading?.Kind switch
        {
            null or "whole" or "unqualified" => null,
            "bracket" => $"read from the bracket of '{entry.Input}'",
            "outside" => $"read from '{entry.Input}' outside its bracket",
            "part" => $"read from one part of '{entry.Input}'",
            "common-name" => $"read from the common name in '{entry.Input}'",
            "joined" => $"read from '{entry.Input}', one name printed as two",
            var kind => $"read from '{entry.Input}' ({kind})",
        };
    }

    private static EntryReading? Chosen(AnalyzedEntry entry)
    {
        for (var r = entry.Readings.Count - 1; r >= 0; r--)
        {
            if (entry.Readings[r].Outcome == Outcomes.Chosen) return entry.Readings[r];
        }

        return null;
    }

    private static EntryReading? Separate(AnalyzedEntry entry, EntryPart part)
    {
        foreach (var reading in entry.Readings)
        {
            if (reading.Outcome is Outcomes.SeparateIngredient or Outcomes.Unrecognized && reading.Text == part.Text) return reading;
        }

        return null;
    }
}
