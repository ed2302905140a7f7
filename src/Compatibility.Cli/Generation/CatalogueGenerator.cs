using System.Text.Json;
using System.Text.RegularExpressions;
using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Generation;

/// <summary>
/// Builds the catalogue from CosIng (names, functions, CAS, refs), the curated class and synonym
/// lists, and the Open Beauty Facts groups. Pure and deterministic: the same inputs give the same
/// catalogue. Classes come only from the curated lists, never from CosIng functions.
/// Curation mistakes (a name that does not exist, a synonym that points at two ingredients) fail
/// the generation instead of being skipped silently.
/// </summary>
public static class CatalogueGenerator
{
    private static readonly Regex ENumber = new(@"^E\d+[A-Z]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    public static CatalogueGenerationResult Generate(CatalogueInputs inputs)
    {
        var classes = Parse(inputs.CuratedClasses, GenerationJsonContext.Default.CuratedClasses, "curated/classes.json");
        var synonyms = Parse(inputs.CuratedSynonyms, GenerationJsonContext.Default.CuratedSynonyms, "curated/synonyms.json");
        var extras = Parse(inputs.CuratedExtras, GenerationJsonContext.Default.CuratedExtras, "curated/extra-ingredients.json");
        var obf = ObfTaxonomy.Read(inputs.ObfTaxonomy);

        var builders = new List<IngredientBuilder>();
        foreach (var entry in CosIngSources.Read(inputs.CosIngMain, inputs.CosIngSupplement))
        {
            builders.Add(new IngredientBuilder(entry.InciName, entry.Functions, entry.CasNumber, entry.CosIngRef));
        }

        var names = new NameTable(builders);
        foreach (var extra in extras.Ingredients)
        {
            var inci = extra.Inci.Trim().ToUpperInvariant();
            if (names.Resolve(inci) is { } existing)
            {
                throw new InvalidDataException($"Extra ingredient '{extra.Inci}' is already in CosIng as '{existing.InciName}'; add a synonym instead.");
            }

            var builder = new IngredientBuilder(inci, [], null, null);
            builders.Add(builder);
            names.Add(builder);
        }

        ClassRuleApplier.Apply(classes, obf, FragranceAllergenList.Read(inputs.FragranceAllergens), names, builders);
        foreach (var extra in extras.Ingredients)
        {
            var builder = names.Resolve(extra.Inci)!;
            foreach (var cls in extra.Classes ?? [])
            {
                builder.AddClass(ClassRuleApplier.CheckClass(cls, $"extra ingredient '{extra.Inci}'"));
            }
        }

        var claims = new SynonymClaims(names);
        foreach (var blend in synonyms.Blends ?? [])
        {
            claims.Block(blend.Name);
        }

        foreach (var entry in synonyms.Synonyms)
        {
            var target = names.Resolve(entry.Inci) ?? throw new InvalidDataException($"Synonym target '{entry.Inci}' is not a catalogue INCI name.");
            foreach (var name in entry.Names)
            {
                claims.ClaimCurated(target, name);
            }
        }

        foreach (var extra in extras.Ingredients)
        {
            var target = names.Resolve(extra.Inci)!;
            foreach (var name in extra.Synonyms ?? [])
            {
                claims.ClaimCurated(target, name);
            }
        }

        var colourForms = 0;
        if (inputs.CuratedColours is not null)
        {
            var colours = Parse(inputs.CuratedColours, GenerationJsonContext.Default.CuratedColours, "curated/colour-names.json");
            foreach (var colour in colours.Colours)
            {
                if (!colours.Sources.ContainsKey(colour.Source))
                {
                    throw new InvalidDataException($"Colour '{colour.Name}': source '{colour.Source}' is not in the sources of curated/colour-names.json.");
                }

                var target = names.Resolve(colour.Ci) ?? throw new InvalidDataException($"Colour '{colour.Name}': '{colour.Ci}' is not a catalogue INCI name.");
                foreach (var form in ColourNameForms.Of(colour.Name))
                {
                    if (names.Resolve(form) is { } named && named != target)
                    {
                        // CosIng lists a few US short names as INCI names of their own (YELLOW 11); the INCI name wins,
                        // and same-substance.json says they are one substance.
                        continue;
                    }

                    claims.ClaimCurated(target, form);
                    colourForms++;
                }
            }
        }

        if (inputs.SameSubstance is not null)
        {
            SameSubstanceAliases.Check(Parse(inputs.SameSubstance, GenerationJsonContext.Default.SameSubstanceTable, "curated/same-substance.json"), n => names.Resolve(n)?.InciName);
        }

        var (added, skipped) = AddObfSynonyms(obf, names, claims);

        // Generated common names come last: any curated or OBF claim wins over them, and a clash only skips the pair.
        var commonAdded = 0;
        var commonSkipped = new List<string>();
        if (inputs.CommonNames is not null)
        {
            var table = Parse(inputs.CommonNames, GenerationJsonContext.Default.CommonNameTable, "curated/common-names.json");
            foreach (var pair in table.Pairs)
            {
                if (pair.Ambiguous)
                {
                    commonSkipped.Add($"'{pair.Name}' → {pair.Inci}: the name was seen for another INCI name too");
                    continue;
                }

                var target = names.Resolve(pair.Inci) ?? throw new InvalidDataException($"Common name '{pair.Name}': '{pair.Inci}' is not a catalogue INCI name; run generate-common-names.");
                if (names.Resolve(pair.Name) is { } named)
                {
                    if (named != target)
                    {
                        commonSkipped.Add($"'{pair.Name}' → {pair.Inci}: is the INCI name of {named.InciName}");
                    }

                    continue;
                }

                if (claims.TryClaim(target, pair.Name))
                {
                    commonAdded++;
                }
                else
                {
                    commonSkipped.Add($"'{pair.Name}' → {pair.Inci}: already a name of another ingredient");
                }
            }
        }

        var ids = IngredientSlug.Assign(builders.Select(b => b.InciName));
        var ingredients = builders
            .Select(b => b.Build(ids[b.InciName]))
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
        var duplicate = ingredients.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Id '{duplicate.Key}' was assigned twice.");
        }

        var counts = IngredientClass.All
            .Select(c => new KeyValuePair<string, int>(c, ingredients.Count(i => i.Classes.Contains(c))))
            .ToList();
        return new CatalogueGenerationResult(new CatalogueData(inputs.Version(), ingredients), counts, added, skipped)
        {
            ColourSynonymsAdded = colourForms,
            CommonNamesAdded = commonAdded,
            CommonNamesSkipped = commonSkipped,
        };
    }

    // OBF entries list the INCI name with the names people use (methyl paraben, Lilial, Lyral).
    // Take those as synonyms only when the entry resolves to exactly one ingredient.
    private static (int Added, int Skipped) AddObfSynonyms(IReadOnlyList<ObfEntry> obf, NameTable names, SynonymClaims claims)
    {
        var added = 0;
        var skipped = 0;
        foreach (var entry in obf)
        {
            var targets = entry.EnglishNames.Select(names.Resolve).OfType<IngredientBuilder>().Distinct().ToList();
            if (targets.Count != 1)
            {
                continue;
            }

            foreach (var name in entry.EnglishNames)
            {
                if (names.Resolve(name) is not null || name.Contains('/', StringComparison.Ordinal) || ENumber.IsMatch(name) || NameNormalizer.Normalize(name).Length < 3)
                {
                    continue;
                }

                if (claims.TryClaim(targets[0], name))
                {
                    added++;
                }
                else
                {
                    skipped++;
                }
            }
        }

        return (added, skipped);
    }

    private static T Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, string file)
    {
        try
        {
            return JsonSerializer.Deserialize(json, type) ?? throw new InvalidDataException($"{file} is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: {e.Message}", e);
        }
    }
}
