namespace Compatibility.Cli.Generation;

/// <summary>
/// Assigns <paramref name="Class"/> to explicit INCI names, to names matching patterns, to members of OBF groups and, with
/// <paramref name="EuFragranceAllergens"/>, to every entry and group member of the EU fragrance-allergen list.
/// <paramref name="ExceptNames"/> are INCI names the patterns of this rule never class (each must exist); they guard
/// against source data that would otherwise match, such as a carrier oil CosIng lists with a perfuming function.
/// </summary>
public sealed record ClassRule(
    string Class,
    string? Note = null,
    IReadOnlyList<string>? Names = null,
    IReadOnlyList<ClassPattern>? Patterns = null,
    IReadOnlyList<string>? ObfGroups = null,
    IReadOnlyList<string>? ExceptNames = null,
    bool EuFragranceAllergens = false);
