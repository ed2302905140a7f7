namespace Compatibility.Core.Catalogue.Generation;

/// <summary><c>seeds/curated/classes.json</c>: which catalogue names carry which aftercare class.</summary>
/// <param name="Rules">One rule per class (a class may have several rules).</param>
/// <param name="ObfAliases">OBF names that are not INCI names, mapped to the INCI name they stand for.</param>
/// <param name="AllergenAliases">Allergen-list names (entries or group members) that are not INCI names, mapped to the INCI name they stand for.</param>
/// <param name="AllergensNotInCatalogue">Allergen-list member names that no catalogue name stands for (each must fail to resolve, so the list stays honest).</param>
public sealed record CuratedClasses(
    IReadOnlyList<ClassRule> Rules,
    IReadOnlyDictionary<string, string>? ObfAliases = null,
    IReadOnlyDictionary<string, string>? AllergenAliases = null,
    IReadOnlyList<string>? AllergensNotInCatalogue = null);

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

/// <summary>
/// A regular expression over upper-case INCI names, minus the names <paramref name="Except"/> matches. With
/// <paramref name="Functions"/>, a name matches only when CosIng lists at least one of those functions for it.
/// </summary>
public sealed record ClassPattern(string Match, string? Except = null, string? Note = null, IReadOnlyList<string>? Functions = null);

/// <summary><c>seeds/curated/synonyms.json</c>: names printed on labels for catalogue INCI names.</summary>
public sealed record CuratedSynonyms(IReadOnlyList<SynonymEntry> Synonyms);

/// <summary>Label names for the ingredient <paramref name="Inci"/>.</summary>
public sealed record SynonymEntry(string Inci, IReadOnlyList<string> Names, string? Note = null);

/// <summary><c>seeds/curated/extra-ingredients.json</c>: ingredients CosIng does not list (drugs, label-only names).</summary>
public sealed record CuratedExtras(IReadOnlyList<ExtraIngredient> Ingredients);

/// <summary>An ingredient that is not in CosIng, with its label names and classes.</summary>
public sealed record ExtraIngredient(
    string Inci,
    IReadOnlyList<string>? Synonyms = null,
    IReadOnlyList<string>? Classes = null,
    string? Note = null);
