namespace Compatibility.Core.Checking;

/// <summary>
/// When an ingredient list is in alphabetical order (US drug labels print inactive ingredients so), its order says
/// nothing about amounts: no 1 % line is drawn and no entry is placed relative to another.
/// </summary>
/// <param name="MinimumEntries">Recognised entries (without printed percentages) a list needs before its order is read as alphabetical.</param>
public sealed record AlphabeticalListRule(int MinimumEntries, IReadOnlyList<string> Sources, string? Note = null);
