namespace Compatibility.Core.Labels;

/// <summary>One entry of a read label, before matching: what was printed and every reading of it.</summary>
/// <param name="Position">1-based position in label order.</param>
/// <param name="Input">The entry as printed, trimmed of separators and surrounding quotes.</param>
/// <param name="Name">The whole entry as a name (noise, footnote marks and percentages removed, blanks collapsed).</param>
/// <param name="Alternatives">Other spellings of the whole: without qualifiers (<c>Organic</c>) or marketing suffixes.</param>
/// <param name="Components">The parts that may name ingredients of their own, in text order; empty for a plain name.</param>
/// <param name="MayContain">True for entries of a "may contain" / <c>[+/-: …]</c> block.</param>
/// <param name="Origin">The ingredient list, or key-ingredient prose.</param>
/// <param name="Percent">The percentage printed with the entry, if any.</param>
/// <param name="Start">Offset of the entry's first character in the label.</param>
/// <param name="End">Offset after its last character.</param>
public sealed record LabelEntry(
    int Position,
    string Input,
    string Name,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<EntryComponent> Components,
    bool MayContain,
    EntryOrigin Origin,
    decimal? Percent,
    int Start,
    int End)
{
    /// <summary>Every name of the entry in the order the analyser may look them up, without duplicates.</summary>
    public IReadOnlyList<string> Candidates
    {
        get
        {
            var names = new List<string> { Name };
            void Add(string name)
            {
                if (!names.Contains(name, StringComparer.OrdinalIgnoreCase)) names.Add(name);
            }

            foreach (var alternative in Alternatives) Add(alternative);
            foreach (var component in Components)
            {
                if (component.Kind == ReadingKind.Gloss) continue;
                Add(component.Text);
                foreach (var alternative in component.Alternatives) Add(alternative);
                foreach (var part in component.Parts) Add(part);
            }

            return names;
        }
    }
}
