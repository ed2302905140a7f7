using System.Globalization;

namespace Compatibility.Core.Checking;

/// <summary>
/// Where a label entry stands relative to the 1 % line, and whether it is a trace: after the line (or in a
/// "may contain" block) with no percentage printed. A printed percentage is never a trace; nor is an entry from
/// key-ingredient prose, whose position says nothing. An acid beside a neutraliser (zinc oxide) is judged as a trace
/// too, for the neutraliser's classes only.
/// </summary>
/// <param name="Position">1-based position among the ingredient list's entries.</param>
/// <param name="Total">Entries in the ingredient list.</param>
/// <param name="LineAt">Position of the first entry normally used at ≤ 1 %; null when the list has none.</param>
/// <param name="LineInci">That entry's INCI name.</param>
/// <param name="NeutralisedBy">The neutraliser that counts for this entry; null when none does.</param>
public readonly record struct EntryStrength(
    int Position, int Total, int? LineAt, string? LineInci, bool MayContain, decimal? Percent, bool FromDescription, NeutralisingEntry? NeutralisedBy = null)
{
    /// <summary>True when the entry is in a list printed in alphabetical order, whose order says nothing about amounts.</summary>
    public bool Alphabetical { get; init; }

    public bool AfterLine => LineAt is { } line && Position >= line;

    public bool IsTrace => Percent is null && !FromDescription && (MayContain || AfterLine);

    /// <summary>True when an ingredient of this class is a pH adjuster here because a neutraliser holds the formula's pH (and it is not already a trace).</summary>
    public bool IsNeutralisedFor(string classId) =>
        !IsTrace && Percent is null && !FromDescription && NeutralisedBy is { } by && by.Rule.Classes.Contains(classId, StringComparer.Ordinal);

    /// <summary>A trace, or neutralised for this class: either way judged under the window's trace rule.</summary>
    public bool IsTraceFor(string classId) => IsTrace || IsNeutralisedFor(classId);

    /// <summary>Why the entry is (or is not) a trace, for the finding: "after the 1 % line: entry 10 of 19".</summary>
    public string Why()
    {
        if (Percent is { } percent) return $"{percent.ToString(CultureInfo.InvariantCulture)} % printed on the label";
        if (FromDescription) return "named in the product's description, not by its place in the list";
        if (MayContain) return "in the label's \"may contain\" block";
        if (Alphabetical) return $"entry {Position} of {Total} of a list in alphabetical order (as US drug labels print inactive ingredients), which says nothing about amounts";
        return AfterLine
            ? $"after the 1 % line: entry {Position} of {Total} (the line starts at entry {LineAt}, {LineInci})"
            : LineAt is null
                ? $"entry {Position} of {Total}; the list shows no 1 % line"
                : $"above the 1 % line: entry {Position} of {Total} (the line starts at entry {LineAt}, {LineInci})";
    }

    /// <summary>Why a neutralised entry is a pH adjuster: "entry 11 of 20, with ZINC OXIDE at entry 1 (9.0 % printed)".</summary>
    public string WhyNeutralised()
    {
        var by = NeutralisedBy ?? throw new InvalidOperationException("The entry is not neutralised.");
        var amount = by.Percent is { } p ? $", {p.ToString(CultureInfo.InvariantCulture)} % printed" : ", listed before it";
        return $"entry {Position} of {Total}, with {by.Inci} at entry {by.Position}{amount}";
    }
}
