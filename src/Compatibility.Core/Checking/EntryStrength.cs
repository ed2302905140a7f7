using System.Globalization;

namespace Compatibility.Core.Checking;

/// <summary>
/// Where a label entry stands relative to the 1 % line, and whether it is a trace: after the line (or in a
/// "may contain" block) with no percentage printed. A printed percentage is never a trace; nor is an entry from
/// key-ingredient prose, whose position says nothing.
/// </summary>
/// <param name="Position">1-based position among the ingredient list's entries.</param>
/// <param name="Total">Entries in the ingredient list.</param>
/// <param name="LineAt">Position of the first entry normally used at ≤ 1 %; null when the list has none.</param>
/// <param name="LineInci">That entry's INCI name.</param>
public readonly record struct EntryStrength(int Position, int Total, int? LineAt, string? LineInci, bool MayContain, decimal? Percent, bool FromDescription)
{
    public bool AfterLine => LineAt is { } line && Position >= line;

    public bool IsTrace => Percent is null && !FromDescription && (MayContain || AfterLine);

    /// <summary>Why the entry is (or is not) a trace, for the finding: "after the 1 % line: entry 10 of 19".</summary>
    public string Why()
    {
        if (Percent is { } percent) return $"{percent.ToString(CultureInfo.InvariantCulture)} % printed on the label";
        if (FromDescription) return "named in the product's description, not by its place in the list";
        if (MayContain) return "in the label's \"may contain\" block";
        return AfterLine
            ? $"after the 1 % line: entry {Position} of {Total} (the line starts at entry {LineAt}, {LineInci})"
            : LineAt is null
                ? $"entry {Position} of {Total}; the list shows no 1 % line"
                : $"above the 1 % line: entry {Position} of {Total} (the line starts at entry {LineAt}, {LineInci})";
    }
}
