namespace Compatibility.Core.Labels;

/// <summary>
/// A part of an entry that may name an ingredient of its own: the outside and the bracket of <c>Water (Tretinoin)</c>,
/// the sides of <c>Aqua/Retinol</c>. <see cref="Alternatives"/> are other spellings of the same part (a spliced common
/// name); <see cref="Parts"/> its own slash or dash parts, tried when the part as a whole names nothing.
/// </summary>
public sealed record EntryComponent(
    string Text,
    ReadingKind Kind,
    IReadOnlyList<string> Alternatives,
    IReadOnlyList<string> Parts,
    decimal? Percent);
