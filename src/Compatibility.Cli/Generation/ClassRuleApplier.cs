using System.Text.RegularExpressions;
using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Generation;

/// <summary>
/// Applies the rules of <c>seeds/curated/classes.json</c>. Every part of a rule must do something (a name that does not
/// exist, a pattern that matches nothing, an allergen that resolves to nothing fail
/// the generation), so a curation mistake never passes silently.
/// </summary>
internal static class ClassRuleApplier
{
    public static void Apply(
        CuratedClasses classes,
        IReadOnlyList<ObfEntry> obf,
        IReadOnlyList<FragranceAllergen> allergens,
        NameTable names,
        List<IngredientBuilder> builders)
    {
        foreach (var rule in classes.Rules)
        {
            var cls = CheckClass(rule.Class, "a class rule");
            foreach (var name in rule.Names ?? [])
            {
                Require(names, name, $"Class '{cls}'").AddClass(cls);
            }

            ApplyPatterns(rule, cls, names, builders);
            ApplyObfGroups(rule, cls, classes.ObfAliases ?? new Dictionary<string, string>(), obf, names);
            if (rule.EuFragranceAllergens)
            {
                ApplyAllergens(classes, cls, allergens, names);
            }
        }
    }

    public static string CheckClass(string cls, string where) =>
        IngredientClass.IsKnown(cls) ? cls : throw new InvalidDataException($"Unknown class id '{cls}' in {where}.");

    private static void ApplyPatterns(ClassRule rule, string cls, NameTable names, List<IngredientBuilder> builders)
    {
        var exceptNames = (rule.ExceptNames ?? [])
            .Select(n => Require(names, n, $"Class '{cls}' exceptNames"))
            .ToHashSet();
        foreach (var pattern in rule.Patterns ?? [])
        {
            var match = new Regex(pattern.Match, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            var except = pattern.Except is null ? null : new Regex(pattern.Except, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            var functions = pattern.Functions is null ? null : new HashSet<string>(pattern.Functions, StringComparer.Ordinal);
            var hits = 0;
            foreach (var builder in builders)
            {
                if (!match.IsMatch(builder.InciName)
                    || (except is not null && except.IsMatch(builder.InciName))
                    || (functions is not null && !builder.Functions.Any(functions.Contains)))
                {
                    continue;
                }

                if (exceptNames.Contains(builder))
                {
                    continue;
                }

                builder.AddClass(cls);
                hits++;
            }

            if (hits == 0)
            {
                throw new InvalidDataException($"Class '{cls}': pattern '{pattern.Match}' matches no catalogue name.");
            }
        }
    }

    private static void ApplyObfGroups(ClassRule rule, string cls, IReadOnlyDictionary<string, string> aliases, IReadOnlyList<ObfEntry> obf, NameTable names)
    {
        foreach (var group in rule.ObfGroups ?? [])
        {
            var members = obf.Where(e => e.Parents.Contains(group, StringComparer.Ordinal)).ToList();
            if (members.Count == 0)
            {
                throw new InvalidDataException($"Class '{cls}': OBF group '{group}' has no members.");
            }

            foreach (var member in members)
            {
                var builder = member.EnglishNames
                    .Select(n => names.Resolve(n) ?? (aliases.TryGetValue(n, out var alias) ? names.Resolve(alias) : null))
                    .FirstOrDefault(b => b is not null)
                    ?? throw new InvalidDataException($"Class '{cls}': OBF entry '{member.EnglishNames[0]}' of '{group}' resolves to no catalogue name; add an obfAlias.");
                builder.AddClass(cls);
            }
        }
    }

    // Every entry's labelling name and every group member. A member such as "ROSE KETONE 3 (DELTA-DAMASCONE)/TRANS-ROSE
    // KETONE 3" names one substance several ways: when the whole is no INCI name, each slash part and the text outside and
    // inside brackets is tried.
    private static void ApplyAllergens(CuratedClasses classes, string cls, IReadOnlyList<FragranceAllergen> allergens, NameTable names)
    {
        if (allergens.Count == 0)
        {
            throw new InvalidDataException($"Class '{cls}': the fragrance-allergen list is empty.");
        }

        var aliases = classes.AllergenAliases ?? new Dictionary<string, string>();
        var absent = new HashSet<string>(classes.AllergensNotInCatalogue ?? [], StringComparer.Ordinal);
        foreach (var name in absent)
        {
            if (Readings(name, names).Any(r => names.Resolve(r) is not null))
            {
                throw new InvalidDataException($"Allergen '{name}' is listed as not in the catalogue but resolves; remove it from allergensNotInCatalogue.");
            }
        }

        foreach (var allergen in allergens)
        {
            foreach (var name in allergen.Members.Prepend(allergen.LabelName))
            {
                var found = Readings(name, names).Select(names.Resolve).OfType<IngredientBuilder>().ToList();
                if (aliases.TryGetValue(name, out var alias))
                {
                    found.Add(Require(names, alias, $"Allergen alias for '{name}'"));
                }

                if (found.Count == 0 && !absent.Contains(name))
                {
                    throw new InvalidDataException($"Class '{cls}': allergen '{name}' (Annex III {allergen.AnnexRef}) resolves to no catalogue name; add an allergenAlias or list it in allergensNotInCatalogue.");
                }

                found.ForEach(b => b.AddClass(cls));
            }
        }
    }

    // Only a name that is not itself an INCI name is split: "EUCALYPTUS GLOBULUS LEAF/TWIG OIL" is one name, not two.
    private static IEnumerable<string> Readings(string name, NameTable names)
    {
        yield return name;
        if (names.Resolve(name) is not null)
        {
            yield break;
        }

        foreach (var part in name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part;
            var open = part.IndexOf('(', StringComparison.Ordinal);
            var close = part.LastIndexOf(')');
            if (open > 0 && close > open)
            {
                yield return part[..open].Trim();
                yield return part[(open + 1)..close].Trim();
            }
        }
    }

    private static IngredientBuilder Require(NameTable names, string name, string where) =>
        names.Resolve(name) ?? throw new InvalidDataException($"{where}: '{name}' is not a catalogue INCI name.");
}
