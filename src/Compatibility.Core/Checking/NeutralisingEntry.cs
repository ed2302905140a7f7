namespace Compatibility.Core.Checking;

/// <summary>The label entry that neutralises an acid entry: its INCI name, position, printed percentage and the rule.</summary>
public sealed record NeutralisingEntry(string Inci, int Position, decimal? Percent, Neutraliser Rule);
