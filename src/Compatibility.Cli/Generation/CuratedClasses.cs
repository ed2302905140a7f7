namespace Compatibility.Cli.Generation;

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
