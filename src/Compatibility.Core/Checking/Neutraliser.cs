namespace Compatibility.Core.Checking;

/// <summary>
/// An ingredient that keeps acids of some classes from acting as exfoliants (zinc oxide holds a formula near pH 7): an acid
/// without a printed percentage, listed after it (or, when the neutraliser's percentage is printed, beside at least
/// <see cref="MinimumPercent"/> of it), is a pH adjuster and is judged under the window's trace rule.
/// </summary>
/// <param name="MinimumPercent">The least printed percentage that counts (a printed amount, as drug-facts actives have, is outside the list's order).</param>
public sealed record Neutraliser(
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Classes,
    decimal MinimumPercent,
    string Reason,
    IReadOnlyList<string> Sources,
    string? Note = null);
