namespace Compatibility.Core.Labels;

/// <summary>One ingredient entry of a parsed label, before matching.</summary>
/// <param name="Position">1-based position in label order (may-contain entries included).</param>
/// <param name="Input">The entry as printed, trimmed of separators and surrounding quotes.</param>
/// <param name="Candidates">
/// Names to try against the catalogue, best first: the whole cleaned name, then the name without
/// its brackets, the bracketed synonym, and the parts of slash-separated names. Never empty.
/// </param>
/// <param name="MayContain">True for entries of a "may contain" / <c>[+/-: …]</c> block.</param>
public readonly record struct LabelEntry(int Position, string Input, IReadOnlyList<string> Candidates, bool MayContain)
{
    /// <summary>The whole cleaned name (the first candidate).</summary>
    public string Name => Candidates[0];
}
