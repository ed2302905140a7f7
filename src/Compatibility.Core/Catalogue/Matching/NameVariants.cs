namespace Compatibility.Core.Catalogue.Matching;

/// <summary>
/// Spelling variants of a <see cref="NameNormalizer"/> key, tried only when the key itself names nothing, so an
/// INCI name or synonym spelled exactly always wins. The rules run in order on the result of the previous one
/// (<c>Encapsulated dl-Alpha Tocopheryl Acetates</c> goes through three of them); each changed key is a candidate,
/// least changed first. Each rule only ever removes or replaces descriptor words, never a word that names a
/// substance, and a test over the whole catalogue lists the INCI names a rule maps onto other INCI names.
/// </summary>
public static class NameVariants
{
    // Words that describe the physical form, not the substance.
    private static readonly string[] FormWords = ["ENCAPSULATED", "MICROENCAPSULATED", "ANHYDROUS", "ESSENTIAL"];

    // Stereo descriptors and the isomer letters labels print before the INCI name. BETA and GAMMA are left out on
    // purpose: beta-alanine is not alanine, gamma-linolenic acid is not linolenic acid.
    private static readonly string[] IsomerWords = ["D", "L", "DL", "RAC", "ALPHA", "DELTA"];

    // The cation words of a lake name ("Red 7 Calcium Lake", "Blue 1 Al Lake").
    private static readonly string[] LakeCations = ["ALUMINUM", "AL", "CALCIUM", "CA", "BARIUM", "BA", "STRONTIUM", "ZIRCONIUM", "POTASSIUM", "SODIUM"];

    /// <summary>The variants of <paramref name="key"/> (a normalised key), least changed first; empty when no rule applies.</summary>
    public static IReadOnlyList<(string Key, NameVariantRule Rule)> Of(string key)
    {
        var found = new List<NameVariant>();
        Collect(key, found);
        return found.Select(v => (v.Key, v.Rule)).ToList();
    }

    internal static void Collect(string key, List<NameVariant> into)
    {
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 && !EndsWithPlural(words) && !(words.Length == 1 && words[0].Contains("SULPH", StringComparison.Ordinal)))
        {
            return;
        }

        var colourOnly = false;
        words = Apply(words, BritishSpelling, NameVariantRule.Spelling, into, ref colourOnly);
        var hydrous = words.Contains("HYDROUS");
        words = Apply(words, DropFormWords, NameVariantRule.FormWord, into, ref colourOnly);
        if (hydrous && words.Length > 1 && words[0] == "HYDRATED")
        {
            // "Hydrous Lanolin" (USP) is lanolin with water, not a HYDRATED ingredient: the plain name too.
            words = Apply(words, w => w[1..], NameVariantRule.FormWord, into, ref colourOnly);
        }

        words = Apply(words, DropIsomerPrefix, NameVariantRule.IsomerPrefix, into, ref colourOnly);
        words = Apply(words, DropLake, NameVariantRule.Lake, into, ref colourOnly);
        words = Apply(words, DropColourIndexSalt, NameVariantRule.ColourIndexSalt, into, ref colourOnly);
        Apply(words, Singular, NameVariantRule.Plural, into, ref colourOnly);
    }

    private static string[] Apply(string[] words, Func<string[], string[]?> rule, NameVariantRule name, List<NameVariant> into, ref bool colourOnly)
    {
        var changed = rule(words);
        if (changed is null || changed.Length == 0)
        {
            return words;
        }

        colourOnly |= name == NameVariantRule.Lake;
        into.Add(new NameVariant(string.Join(' ', changed), name, colourOnly));
        return changed;
    }

    // British "sulph" inside a compound word (the normaliser maps whole words only): "Octasulphate" → OCTASULFATE.
    private static string[]? BritishSpelling(string[] words) =>
        words.Any(w => w.Contains("SULPH", StringComparison.Ordinal))
            ? words.Select(w => w.Replace("SULPH", "SULF", StringComparison.Ordinal)).ToArray()
            : null;

    private static string[]? DropFormWords(string[] words)
    {
        if (!words.Any(w => FormWords.Contains(w) || w == "HYDROUS"))
        {
            return null;
        }

        var rest = words.Where(w => !FormWords.Contains(w) && w != "HYDROUS").ToArray();
        if (rest.Length == 0)
        {
            return null;
        }

        // "Silica Hydrous" / "Hydrous Silica" is the INCI HYDRATED SILICA.
        return words.Contains("HYDROUS") ? ["HYDRATED", .. rest] : rest;
    }

    private static string[]? DropIsomerPrefix(string[] words)
    {
        var skip = 0;
        while (skip < words.Length - 1 && IsomerWords.Contains(words[skip]))
        {
            skip++;
        }

        // What is left must still be a name, not a lone letter or number ("D 5", "L 1").
        return skip > 0 && words[skip].Length >= 3 && char.IsLetter(words[skip][0]) ? words[skip..] : null;
    }

    private static string[]? DropLake(string[] words)
    {
        if (words.Length < 2 || words[^1] != "LAKE")
        {
            return null;
        }

        var end = words.Length - 1;
        if (end >= 2 && LakeCations.Contains(words[end - 1]))
        {
            end--;
        }

        return words[..end];
    }

    private static string[]? DropColourIndexSalt(string[] words) =>
        words.Length == 3 && words[0] == "CI" && words[1].Length == 5 && words[1].All(char.IsAsciiDigit) && words[2].Length == 1 && char.IsAsciiDigit(words[2][0])
            ? words[..2]
            : null;

    private static string[]? Singular(string[] words)
    {
        if (!EndsWithPlural(words))
        {
            return null;
        }

        var result = (string[])words.Clone();
        result[^1] = words[^1][..^1];
        return result;
    }

    // "Tocopherols", "Glycerides": an S after a consonant or E; not "-SS", "-US", "-IS", "-YS" (GLASS, HUMUS, ANIS).
    private static bool EndsWithPlural(string[] words)
    {
        if (words.Length == 0)
        {
            return false;
        }

        var last = words[^1];
        return last.Length >= 5 && last[^1] == 'S' && char.IsLetter(last[^2]) && last[^2] is not ('S' or 'U' or 'I' or 'Y');
    }
}
