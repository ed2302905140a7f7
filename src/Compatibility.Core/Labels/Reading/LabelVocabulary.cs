using System.Collections.Frozen;

namespace Compatibility.Core.Labels.Reading;

/// <summary>The few words of label layout the reader must know: headings, prose, footnotes, drug-facts purposes.</summary>
internal static class LabelVocabulary
{
    // Longer phrases first where one is a prefix of another; a phrase matches whole word tokens only.
    private static readonly (string[] Words, HeadingKind Kind)[] Headings =
    [
        (["inactive", "ingredients"], HeadingKind.Continuation),
        (["inactive", "ingredient"], HeadingKind.Continuation),
        (["other", "ingredients"], HeadingKind.Continuation),
        (["key", "active", "ingredients"], HeadingKind.Description),
        (["active", "ingredients"], HeadingKind.Actives),
        (["active", "ingredient"], HeadingKind.Actives),
        (["key", "ingredients"], HeadingKind.Description),
        (["key", "ingredient"], HeadingKind.Description),
        (["key", "actives"], HeadingKind.Description),
        (["hero", "ingredients"], HeadingKind.Description),
        (["star", "ingredients"], HeadingKind.Description),
        (["featured", "ingredients"], HeadingKind.Description),
        (["full", "ingredients", "list"], HeadingKind.List),
        (["full", "ingredient", "list"], HeadingKind.List),
        (["full", "ingredients"], HeadingKind.List),
        (["ingredients", "list"], HeadingKind.List),
        (["ingredient", "list"], HeadingKind.List),
        (["ingredients"], HeadingKind.List),
        (["ingredient"], HeadingKind.List),
        (["ingrédients"], HeadingKind.List),
        (["ingredientes"], HeadingKind.List),
        (["ingredienti"], HeadingKind.List),
        (["inhaltsstoffe"], HeadingKind.List),
        (["bestanddelen"], HeadingKind.List),
        (["składniki"], HeadingKind.List),
        (["inci"], HeadingKind.List),
        (["composition"], HeadingKind.List),
        (["may", "contain"], HeadingKind.MayContain),
        (["peut", "contenir"], HeadingKind.MayContain),
        (["kann", "enthalten"], HeadingKind.MayContain),
        (["puede", "contener"], HeadingKind.MayContain),
        (["può", "contenere"], HeadingKind.MayContain),
        (["pode", "conter"], HeadingKind.MayContain),
        (["kan", "bevatten"], HeadingKind.MayContain),
        (["directions", "for", "use"], HeadingKind.Skip),
        (["directions"], HeadingKind.Skip),
        (["how", "to", "use"], HeadingKind.Skip),
        (["warnings"], HeadingKind.Skip),
        (["warning"], HeadingKind.Skip),
        (["cautions"], HeadingKind.Skip),
        (["caution"], HeadingKind.Skip),
        (["uses"], HeadingKind.Skip),
        (["other", "information"], HeadingKind.Skip),
        (["questions", "or", "comments"], HeadingKind.Skip),
        (["questions"], HeadingKind.Skip),
        (["contains"], HeadingKind.Contents),
    ];

    private static readonly FrozenDictionary<string, int[]> HeadingsByFirstWord = Headings
        .Select((h, i) => (h.Words[0], i))
        .GroupBy(x => x.Item1, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.i).ToArray(), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> HeadingLookup =
        HeadingsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordSet HeadingFirstWords = new(HeadingsByFirstWord.Keys);

    /// <summary>Words that never occur in an INCI name but fill sentences of marketing, directions and disclaimers.</summary>
    private static readonly FrozenSet<string> ProseWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "your", "you", "is", "are", "this", "our", "we", "please", "subject", "change", "changes", "changed",
        "refer", "packaging", "product", "products", "use", "apply", "avoid", "keep", "for", "with", "to", "be", "can",
        "not", "only", "from", "that", "which", "it", "its", "will", "should", "contact", "eyes", "reach", "children",
        "list", "lists", "most", "date", "visit", "website", "information", "formula", "formulas", "ingredient",
        "ingredients", "total", "origin", "free", "without", "made", "contains", "of", "on", "in", "by", "may", "at",
        "see", "pack", "up", "has", "have", "been", "skin", "helps", "help", "gently", "daily", "morning", "evening",
        "read", "consumer", "leaflet", "each", "contain", "properties", "helping", "potent", "soothe", "soothes", "absorbs");

    /// <summary>Words of footnotes such as <c>*organic</c>, <c>**from organic farming</c>, <c>° natural origin</c>.</summary>
    private static readonly FrozenSet<string> FootnoteWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "organic", "organics", "natural", "naturally", "certified", "derived", "origin", "origine", "farming",
        "agriculture", "biologique", "bio", "constituent", "constituents", "component", "components", "essential",
        "ecocert", "cosmos", "from", "ingredient", "ingredients", "naturelle", "naturel", "sustainably", "fair", "trade",
        "wildcrafted", "biodynamic", "vegan", "grown", "sourced", "cold", "pressed", "unrefined", "refined", "virgin",
        "harvested", "ethically");

    /// <summary>Words that open a sentence of marketing, never an ingredient list (<c>A deeply hydrating …</c>).</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "a", "an", "the", "this", "these", "our", "your", "you", "we", "it");

    /// <summary>Words after which a marketing sentence names what the product holds (<c>… facial oil containing Jojoba Seed Oil</c>).</summary>
    private static readonly FrozenSet<string> Connectors = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "containing", "contains", "with", "in", "including", "featuring", "plus");

    /// <summary>Abbreviations whose full stop does not end a sentence: <c>Ext. D&amp;C Violet No. 2</c>, <c>St. John's Wort</c>.</summary>
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "ext", "st", "var", "subsp", "ssp", "no");

    /// <summary>Units of an amount in brackets (<c>(40 mg/g)</c>, <c>(500 IU)</c>): the bracket holds no name.</summary>
    private static readonly FrozenSet<string> Units = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "mg", "g", "mcg", "µg", "ug", "kg", "ml", "l", "iu", "w", "v", "ppm");

    /// <summary>Words of a heading that names a product (kits): the next piece is a product name, not an ingredient.</summary>
    private static readonly FrozenSet<string> ProductHeadingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "product", "name", "step", "kit", "set", "item", "shade", "shades", "colour", "colours", "color", "colors", "variant",
        "size", "title");

    /// <summary>Drug-facts purpose column entries printed next to each active (as word sequences).</summary>
    private static readonly string[][] Purposes =
    [
        ["sunscreens"], ["sunscreen"], ["skin", "protectant"], ["acne", "treatment"], ["acne", "medication"],
        ["purposes"], ["purpose"], ["antiperspirant"], ["anti", "dandruff"], ["uv", "filter"], ["skin", "lightener"],
        ["external", "analgesic"], ["topical", "analgesic"],
    ];

    /// <summary>Marketing qualifiers printed before a name on indie and US labels ("Organic Shea Butter", "Cold-Pressed Rosehip Oil").</summary>
    private static readonly string[] Qualifiers =
    [
        "certified organic", "organic", "certified", "bio", "natural", "pure", "raw", "unrefined", "extra virgin", "virgin",
        "cold pressed", "cold-pressed", "wildcrafted", "wild", "fair trade", "fairtrade", "non-gmo", "food grade", "steam distilled",
    ];

    // Every word of a label is looked up in these two: a filter by first letter and length answers most of them.
    private static readonly WordSet ProseLookup = new(ProseWords);

    private static readonly WordSet FootnoteLookup = new(FootnoteWords);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProductHeadingLookup =
        ProductHeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ConnectorLookup = Connectors.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsProseWord(ReadOnlySpan<char> word) => ProseLookup.Contains(word);

    public static bool IsFootnoteWord(ReadOnlySpan<char> word) => FootnoteLookup.Contains(word);

    public static bool IsProductHeadingWord(ReadOnlySpan<char> word) => ProductHeadingLookup.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => DeterminerLookup.Contains(word);

    public static bool IsConnector(ReadOnlySpan<char> word) => ConnectorLookup.Contains(word);

    public static bool IsAbbreviation(ReadOnlySpan<char> word) => AbbreviationLookup.Contains(word);

    public static bool IsUnit(ReadOnlySpan<char> word) => UnitLookup.Contains(word);

    /// <summary>
    /// Matches a heading phrase starting at token <paramref name="t"/>: whole words separated by blanks only.
    /// <paramref name="end"/> is the token after the phrase.
    /// </summary>
    public static bool TryMatchHeading(LabelTokens tokens, int t, int limit, out HeadingKind kind, out int end)
    {
        kind = default;
        end = t;
        if (!tokens.Is(t, TokenKind.Word) || !HeadingFirstWords.MayContain(tokens.TextOf(t)) || !HeadingLookup.TryGetValue(tokens.TextOf(t), out var candidates))
        {
            return TryMatchPlusMinus(tokens, t, limit, out kind, out end);
        }

        foreach (var index in candidates)
        {
            var (words, headingKind) = Headings[index];
            if (MatchesWords(tokens, t, limit, words))
            {
                kind = headingKind;
                end = t + words.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>Number of tokens of a leading drug-facts purpose at <paramref name="t"/>, 0 if none.</summary>
    public static int PurposeAt(LabelTokens tokens, int t, int limit)
    {
        foreach (var words in Purposes)
        {
            if (MatchesWordsLoose(tokens, t, limit, words, out var length)) return length;
        }

        return 0;
    }

    /// <summary>Number of tokens of a trailing drug-facts purpose ending before <paramref name="end"/>, 0 if none.</summary>
    public static int PurposeBefore(LabelTokens tokens, int start, int end)
    {
        foreach (var words in Purposes)
        {
            // Purposes are one or two words, possibly with a dash between ("Anti-dandruff").
            for (var length = words.Length; length <= (words.Length * 2) - 1; length++)
            {
                var from = end - length;
                if (from >= start && MatchesWordsLoose(tokens, from, end, words, out var matched) && matched == length) return length;
            }
        }

        return 0;
    }

    /// <summary>Length of the leading marketing qualifiers of <paramref name="name"/> (with the blanks after them), 0 if none.</summary>
    public static int LeadingQualifierLength(string name)
    {
        var total = 0;
        var found = true;
        while (found)
        {
            found = false;
            foreach (var qualifier in Qualifiers)
            {
                var rest = name.AsSpan(total);

                // The blank after the qualifier and its first letter are the cheap tests, so they come first.
                if (rest.Length > qualifier.Length + 1 && rest[qualifier.Length] == ' ' && LabelChars.MayEqualIgnoringCase(rest[0], qualifier[0])
                    && rest.StartsWith(qualifier, StringComparison.OrdinalIgnoreCase))
                {
                    total += qualifier.Length + 1;
                    found = true;
                    break;
                }
            }
        }

        return total;
    }

    private static bool MatchesWords(LabelTokens tokens, int t, int limit, string[] words)
    {
        if (t + words.Length > limit) return false;
        for (var w = 0; w < words.Length; w++)
        {
            if (!tokens.IsWord(t + w, words[w])) return false;
            if (w > 0 && !tokens[t + w].SpaceBefore) return false;
        }

        return true;
    }

    private static bool MatchesWordsLoose(LabelTokens tokens, int t, int limit, string[] words, out int length)
    {
        length = 0;
        var k = t;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0 && tokens.Is(k, TokenKind.Dash)) k++;
            if (k >= limit || !tokens.IsWord(k, words[w])) return false;
            k++;
        }

        if (k < limit && tokens.Is(k, TokenKind.Word) && !tokens[k].SpaceBefore) return false;
        length = k - t;
        return true;
    }

    /// <summary><c>+/-</c>, <c>+/ -</c>, <c>±</c>.</summary>
    private static bool TryMatchPlusMinus(LabelTokens tokens, int t, int limit, out HeadingKind kind, out int end)
    {
        kind = HeadingKind.MayContain;
        end = t;
        if (t >= limit || tokens[t].Kind != TokenKind.Symbol) return false;
        var c = tokens.Text[tokens[t].Start];
        if (c == '±')
        {
            end = t + 1;
            return true;
        }

        if (c != '+') return false;
        var k = t + 1;
        if (tokens.Is(k, TokenKind.Slash)) k++;
        if (k < limit && tokens.Is(k, TokenKind.Dash))
        {
            end = k + 1;
            return true;
        }

        return false;
    }
}
