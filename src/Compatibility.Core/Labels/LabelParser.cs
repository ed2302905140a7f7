using Compatibility.Core.Labels.Reading;

namespace Compatibility.Core.Labels;

/// <summary>
/// Reads any INCI text as found on packs, product pages and retailer feeds, in stages: the lexer turns text into tokens,
/// the structure pass finds sections and entries (and records what is not an entry, with the reason), and the entry
/// reader gives each entry its readings. Knows label layout but no ingredient names, so it never decides what an
/// entry is; the analyser does.
/// </summary>
public static class LabelParser
{
    public static IReadOnlyList<LabelEntry> Parse(string? label) => Read(label).Entries;

    public static ParsedLabel Read(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return new ParsedLabel([], []);
        }

        using var tokens = LabelLexer.Lex(label);
        var raw = new List<RawEntry>(Math.Clamp(label.Length / 10, 4, 128));
        var dropped = new List<DroppedText>();
        LabelStructure.Read(tokens, raw, dropped);

        var entries = new List<LabelEntry>(raw.Count);
        foreach (var entry in raw)
        {
            entries.Add(EntryReader.Read(tokens, entry, entries.Count + 1));
        }

        return new ParsedLabel(entries, dropped);
    }
}
