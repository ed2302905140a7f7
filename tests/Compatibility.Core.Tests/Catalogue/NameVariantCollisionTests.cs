using Compatibility.Core.Catalogue;
using Compatibility.Core.Catalogue.Matching;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Catalogue;

public class NameVariantCollisionTests
{
    // Catalogue INCI names a variant rule maps onto another catalogue INCI name, reviewed by hand. None makes a wrong
    // match, because an exact INCI name always wins over a variant; they are listed so a new rule cannot add more unseen.
    private static readonly string[] Accepted =
    [
        "ALPHA-ARBUTIN → ARBUTIN", "ALPHA-CEDRENE → CEDRENE", "ALPHA-GASTRODIN → GASTRODIN", "ALPHA-IONONE → IONONE",
        "ALPHA-SANTALOL → SANTALOL", "D-ALLO-OCIMENOL → ALLO-OCIMENOL", "D-BORNYL ISOVALERATE → BORNYL ISOVALERATE",
        "D-NONAPEPTIDE-1 → NONAPEPTIDE-1", "D-NONAPEPTIDE-2 → NONAPEPTIDE-2", "L-ALLO-OCIMENOL → ALLO-OCIMENOL",
        "L-ALPHA-PINENE → PINENE",
    ];

    [Fact]
    public void Variant_rules_collapse_no_catalogue_INCI_names_beyond_the_reviewed_list()
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ingredient in ShippedCatalogue.Data.Ingredients)
        {
            byKey.TryAdd(NameNormalizer.Normalize(ingredient.InciName), ingredient.InciName);
        }

        var collisions = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, inci) in byKey)
        {
            foreach (var (variant, rule) in NameVariants.Of(key))
            {
                // Plurals and lakes of the same substance (GLYCERYL STEARATES, ACID RED 18 ALUMINUM LAKE) are the same ingredient by design.
                if (rule is NameVariantRule.Plural or NameVariantRule.Lake)
                {
                    continue;
                }

                if (byKey.TryGetValue(variant, out var other) && other != inci)
                {
                    collisions.Add($"{inci} → {other}");
                }
            }
        }

        Assert.Equal(Accepted.Order(StringComparer.Ordinal), collisions);
    }
}
