using System.Collections.Frozen;

namespace Compatibility.Core.Labels;

/// <summary>
/// The word-level rules the resolver states about readings: which names are generic (lose to an INCI name beside
/// them), which unmatched text is a plain-language gloss, a translation or a marketing name (needs no match) and which
/// looks like an ingredient name (unrecognised, as it would be on its own).
/// </summary>
internal static class ReadingRules
{
    /// <summary>Marketing and generic names printed beside an INCI name: <c>Vitamin C (Sodium Ascorbyl Phosphate)</c>.</summary>
    private static readonly FrozenSet<string> GenericNames = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "vitamin a", "vitamin b", "vitamin b3", "vitamin b5", "vitamin b6", "vitamin c", "vitamin e", "vitamin f", "vitamin k",
        "pro-vitamin b5", "provitamin b5", "pro vitamin b5", "pro-vitamin a", "provitamin a", "aha", "ahas", "bha", "bhas",
        "pha", "phas", "alpha hydroxy acid", "alpha hydroxy acids", "beta hydroxy acid", "beta hydroxy acids", "retinoid",
        "hyaluronic acid", "ha", "ceramides", "peptides", "antioxidant", "humectant", "emollient",
        "iron oxide", "iron oxides"); // the family name beside its colour index: "CI 77499 (Iron Oxides)" is black iron oxide only

    /// <summary>Words that make unmatched text look like an ingredient name rather than a gloss or a translation.</summary>
    private static readonly FrozenSet<string> IngredientWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "acid", "oil", "extract", "butter", "wax", "juice", "powder", "ferment", "filtrate", "salt", "ester", "esters",
        "peptide", "protein", "gum", "resin", "alcohol", "glycol", "glycerin", "oxide", "dioxide", "hydroxide", "sulfate",
        "chloride", "crosspolymer", "copolymer", "polymer", "peroxide", "retinal", "retinol", "tretinoin");

    /// <summary>First words of the French, Spanish and German translations EU labels print after the INCI name.</summary>
    private static readonly FrozenSet<string> TranslationHeads = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "cire", "cires", "huile", "huiles", "extrait", "extraits", "beurre", "poudre", "feuille", "feuilles", "fleur", "fleurs",
        "graine", "graines", "racine", "écorce", "ecorce", "protéine", "proteine", "eau", "aceite", "extracto", "manteca",
        "wachs", "öl", "extrakt");

    /// <summary>Marketing words before a generic name in a bracket: <c>(super hyaluronic acid)</c>, <c>(3D hyaluronic acid)</c>.</summary>
    private static readonly FrozenSet<string> MarketingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "super", "nano", "micro", "mini", "3d", "2d", "skin", "absorbent", "type", "penetrating", "moisturizing",
        "moisturising", "low", "high", "molecular", "weight", "pure", "active", "natural", "plant", "marine", "encapsulated",
        "stabilized", "stabilised", "cross-linked", "crosslinked", "fermented", "liposomal", "deep", "double", "triple", "multi");

    private static readonly string[] ChemicalSuffixes =
    [
        "ate", "ide", "ite", "yl", "ol", "ene", "ine", "one", "ane", "ium", "amide", "ose", "oin", "ase", "ester", "ether",
    ];

    public static bool IsGeneric(string name) => GenericNames.Contains(name.Trim());

    /// <summary>A translation of the name beside it, printed on EU labels: <c>Cire De Candelilla</c>, <c>Protéine Du Petit-Lait</c>.</summary>
    public static bool IsTranslation(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && TranslationHeads.Contains(text[..space]);
    }

    /// <summary>
    /// A marketing name in a bracket after an INCI name: marketing words and a generic name (<c>super hyaluronic acid</c>,
    /// <c>skin absorbent type hyaluronic acid</c>). It names no ingredient of its own; the INCI name beside it does.
    /// </summary>
    public static bool IsMarketingName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var start = 1; start < words.Length; start++)
        {
            if (IsGeneric(string.Join(' ', words[start..])))
            {
                return words[..start].All(MarketingWords.Contains);
            }
        }

        return false;
    }

    /// <summary>
    /// True when unmatched text reads as an ingredient name (<c>Zorblexamide Quintate-7</c>): a number, an ingredient noun
    /// or a chemical suffix. False for glosses and translations: <c>Green Tea</c>, <c>Cire D'abeille</c>, <c>Organic</c>.
    /// </summary>
    public static bool LooksLikeIngredient(string text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) return true;
        }

        foreach (var word in text.Split([' ', '-', '/', '\''], StringSplitOptions.RemoveEmptyEntries))
        {
            if (IngredientWords.Contains(word)) return true;
            if (word.Length < 6) continue;
            foreach (var suffix in ChemicalSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }

        return false;
    }
}
