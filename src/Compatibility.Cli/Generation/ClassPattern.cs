namespace Compatibility.Cli.Generation;

/// <summary>
/// A regular expression over upper-case INCI names, minus the names <paramref name="Except"/> matches. With
/// <paramref name="Functions"/>, a name matches only when CosIng lists at least one of those functions for it.
/// </summary>
public sealed record ClassPattern(string Match, string? Except = null, string? Note = null, IReadOnlyList<string>? Functions = null);
