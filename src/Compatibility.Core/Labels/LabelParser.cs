using Compatibility.Core.Labels.Parsing;

namespace Compatibility.Core.Labels;

/// <summary>
/// Turns any INCI text as found on packs, product pages and retailer feeds into ordered entries.
/// Pure string processing: it knows label layout (brackets, headings, may-contain blocks, drug facts,
/// kits, footnotes) but no ingredient names, so it never decides what an entry is.
/// </summary>
public static class LabelParser
{
    public static IReadOnlyList<LabelEntry> Parse(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return [];
        }

        var entries = new List<LabelEntry>(Math.Clamp(label.Length / 10, 4, 128));
        using var scanner = new LabelScanner(label, entries);
        scanner.Run();
        return entries;
    }
}
