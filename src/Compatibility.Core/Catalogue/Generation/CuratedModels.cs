namespace Compatibility.Core.Catalogue.Generation;

/// <summary><c>seeds/curated/classes.json</c>: which catalogue names carry which aftercare class.</summary>
/// <param name="Rules">One rule per class (a class may have several rules).</param>
/// <param name="ObfAliases">OBF names that are not INCI names, mapped to the INCI name they stand for.</param>
public sealed record CuratedClasses(IReadOnlyList<ClassRule> Rules, IReadOnlyDictionary<string, string>? ObfAliases = null);

/// <summary>Assigns <paramref name="Class"/> to explicit INCI names, to names matching patterns, and to members of OBF groups.</summary>
public sealed record ClassRule(
    string Class,
    string? Note = null,
    IReadOnlyList<string>? Names = null,
    IReadOnlyList<ClassPattern>? Patterns = null,
    IReadOnlyList<string>? ObfGroups = null);

/// <summary>A regular expression over upper-case INCI names, minus the names <paramref name="Except"/> matches.</summary>
public sealed record ClassPattern(string Match, string? Except = null, string? Note = null);

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
