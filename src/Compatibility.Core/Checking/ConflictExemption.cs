namespace Compatibility.Core.Checking;

/// <summary>An ingredient (INCI name) a conflict rule does not count, with why and the sources.</summary>
public sealed record ConflictExemption(string Ingredient, string Reason, IReadOnlyList<string> Sources);
