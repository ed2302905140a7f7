using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.CommonNames;

/// <summary>
/// Finds the common name a label entry prints for a botanical INCI name, in the two shapes real labels use:
/// <c>Genus Species (Common) Part</c> (<c>Prunus Armeniaca (Apricot) Kernel Oil</c> → "Apricot Kernel Oil") and
/// <c>Genus Species Part (Common Part)</c> (<c>Butyrospermum Parkii Butter (Shea Butter)</c> → "Shea Butter").
/// A pair is kept only when <c>Genus Species Part</c> is exactly a catalogue INCI name made of a binomial and
/// plant-part words, and the bracket is a plain name (letters only, no form or origin word such as Organic).
/// </summary>
public sealed class CommonNameExtractor
{
    // Plant parts and preparations that follow the binomial in a botanical INCI name.
    private static readonly HashSet<string> PartWords = new(StringComparer.Ordinal)
    {
        "OIL", "SEED", "KERNEL", "LEAF", "FLOWER", "FRUIT", "ROOT", "BARK", "PEEL", "RIND", "STEM", "WOOD", "HERB", "BUD",
        "JUICE", "WATER", "EXTRACT", "BUTTER", "WAX", "CERA", "POWDER", "FLOUR", "NUT", "SHELL", "HULL", "HUSK", "GUM",
        "RESIN", "RHIZOME", "BERRY", "CONE", "NEEDLE", "TWIG", "BRANCH", "SPROUT", "PULP", "SAP", "BULB", "TUBER", "LEAVES",
        "FLOWERS", "PETAL", "BLOSSOM", "GERM", "BRAN", "HYDROSOL", "UNSAPONIFIABLES", "MERISTEM", "CELL", "CALLUS", "CULTURE",
        "PLANT", "AERIAL", "PARTS", "THALLUS", "FROND", "NECTAR", "PROTEIN", "STARCH", "MEAL", "CAKE", "TEA",
    };

    // Words in brackets that say how or where, not what (a gloss the analyser ignores, never a name).
    private static readonly HashSet<string> FormWords = new(StringComparer.Ordinal)
    {
        "ORGANIC", "BIO", "CERTIFIED", "NANO", "NON", "WILD", "WILDCRAFTED", "RAW", "VIRGIN", "EXTRA", "COLD", "PRESSED",
        "UNREFINED", "REFINED", "FAIR", "TRADE", "NATURAL", "VEGAN", "ECO", "FRESH", "PURE", "AND", "OR", "FROM", "WITH",
        "IN", "OF", "DERIVED", "SOURCED", "GROWN", "FERMENTED", "HARVESTED", "KBA", "AB", "COSMOS",
    };

    // Endings of chemical words; a genus or species ends otherwise (RETINYL PALMITATE (Vitamin A) is no binomial).
    private static readonly string[] ChemicalEndings = ["YL", "ATE", "IDE", "OL", "ONE", "ENE", "ANE", "INE", "IC", "ITE"];

    private readonly Func<string, string?> _inciByKey;

    /// <param name="inciByKey">The catalogue INCI name whose <see cref="NameNormalizer"/> key is the argument, or null (INCI names only, not synonyms).</param>
    public CommonNameExtractor(Func<string, string?> inciByKey) => _inciByKey = inciByKey;

    /// <summary>The pair <paramref name="entry"/> shows, or null.</summary>
    public CommonNameObservation? Extract(string entry)
    {
        var open = entry.IndexOf('(', StringComparison.Ordinal);
        var close = open < 0 ? -1 : entry.IndexOf(')', open + 1);
        if (open <= 0 || close < 0 || entry.IndexOf('(', close + 1) >= 0)
        {
            return null; // no bracket, or more than one: not a shape this mines
        }

        var before = Words(entry[..open]);
        var inside = entry[(open + 1)..close];
        var after = Words(entry[(close + 1)..]);
        if (before is null || after is null || !IsPlainName(inside))
        {
            return null;
        }

        var common = Words(inside)!;
        if (after.Length > 0 || before.Length >= 2)
        {
            // Genus Species (Common) Part: the INCI name is the text without the bracket.
            var inci = Botanical(before, after);
            if (inci is not null && !SameWords(common, before))
            {
                return new CommonNameObservation(Title([.. common, .. after]), inci);
            }
        }

        if (after.Length == 0 && before.Length >= 3 && common.Length >= 2 && common[^1] == before[^1])
        {
            // Genus Species Part (Common Part): the bracket is the whole common name.
            var split = Array.FindIndex(before, 2, PartWords.Contains);
            var inci = split < 0 ? null : Botanical(before[..split], before[split..]);
            if (inci is not null)
            {
                return new CommonNameObservation(Title(common), inci);
            }
        }

        return null;
    }

    // The catalogue INCI name "binomial + parts" when it exists and has that shape.
    private string? Botanical(string[] binomial, string[] parts)
    {
        if (binomial.Length is < 1 or > 4 || (parts.Length == 0 && binomial.Length < 2))
        {
            return null;
        }

        if (binomial.Any(w => w.Length < 3 || !w.All(char.IsAsciiLetter) || ChemicalEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal))))
        {
            return null;
        }

        if (parts.Any(p => !p.Split('/').All(PartWords.Contains)))
        {
            return null;
        }

        return _inciByKey(string.Join(' ', binomial.Concat(parts)));
    }

    // A bracket that is a name: 1–4 words of letters (hyphen, apostrophe allowed), none of them a form or origin word.
    private static bool IsPlainName(string inside)
    {
        if (inside.Any(c => !(char.IsLetter(c) || c is ' ' or '-' or '\'' or '’')))
        {
            return false;
        }

        var words = Words(inside);
        return words is { Length: >= 1 and <= 4 } && words.All(w => w.Length >= 2 && !FormWords.Contains(w));
    }

    // Normalised words (upper case; "/" kept inside a word), or null when the text holds digits or other brackets.
    private static string[]? Words(string text)
    {
        if (text.Any(c => char.IsDigit(c) || c is '[' or ']' or '%' or ':'))
        {
            return null;
        }

        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => string.Join('/', w.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(NameNormalizer.Normalize).Where(p => p.Length > 0)))
            .SelectMany(w => w.Split(' '))
            .Where(w => w.Length > 0)
            .ToArray();
    }

    private static bool SameWords(string[] a, string[] b) => a.Length == b.Length && a.SequenceEqual(b, StringComparer.Ordinal);

    private static string Title(string[] words) =>
        string.Join(' ', words.Select(w => string.Join('/', w.Split('/').Select(p => p[..1] + p[1..].ToLowerInvariant()))));
}
