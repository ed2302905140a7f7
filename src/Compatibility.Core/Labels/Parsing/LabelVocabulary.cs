using System.Collections.Frozen;

namespace Compatibility.Core.Labels.Parsing;

/// <summary>The few words of label layout the parser must know: headings, prose, footnotes, drug-facts purposes.</summary>
internal static class LabelVocabulary
{
    // Longer phrases first where one is a prefix of another word sequence; a phrase only matches on word boundaries.
    private static readonly (string Phrase, MarkerKind Kind)[] Markers =
    [
        ("inactive ingredients", MarkerKind.Continuation),
        ("inactive ingredient", MarkerKind.Continuation),
        ("other ingredients", MarkerKind.Continuation),
        ("active ingredients", MarkerKind.Actives),
        ("active ingredient", MarkerKind.Actives),
        ("key ingredients", MarkerKind.Skip),
        ("full ingredients list", MarkerKind.List),
        ("full ingredient list", MarkerKind.List),
        ("full ingredients", MarkerKind.List),
        ("ingredients list", MarkerKind.List),
        ("ingredient list", MarkerKind.List),
        ("ingredients", MarkerKind.List),
        ("ingredient", MarkerKind.List),
        ("ingrédients", MarkerKind.List),
        ("ingredientes", MarkerKind.List),
        ("ingredienti", MarkerKind.List),
        ("inhaltsstoffe", MarkerKind.List),
        ("bestanddelen", MarkerKind.List),
        ("składniki", MarkerKind.List),
        ("inci", MarkerKind.List),
        ("composition", MarkerKind.List),
        ("may contain", MarkerKind.MayContain),
        ("peut contenir", MarkerKind.MayContain),
        ("kann enthalten", MarkerKind.MayContain),
        ("puede contener", MarkerKind.MayContain),
        ("può contenere", MarkerKind.MayContain),
        ("pode conter", MarkerKind.MayContain),
        ("kan bevatten", MarkerKind.MayContain),
        ("directions for use", MarkerKind.Skip),
        ("directions", MarkerKind.Skip),
        ("how to use", MarkerKind.Skip),
        ("warnings", MarkerKind.Skip),
        ("warning", MarkerKind.Skip),
        ("cautions", MarkerKind.Skip),
        ("caution", MarkerKind.Skip),
        ("uses", MarkerKind.Skip),
        ("other information", MarkerKind.Skip),
        ("questions or comments", MarkerKind.Skip),
    ];

    // First lower-case letter -> marker indexes, so most words cost one array read.
    private static readonly int[][] MarkersByFirstChar = BuildIndex();

    /// <summary>Words that never occur in an INCI name but fill sentences of marketing, directions and disclaimers.</summary>
    private static readonly FrozenSet<string> ProseWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "the", "your", "you", "is", "are", "this", "our", "we", "please", "subject", "change", "changes", "changed",
        "refer", "packaging", "product", "products", "use", "apply", "avoid", "keep", "for", "with", "to", "be", "can",
        "not", "only", "from", "that", "which", "it", "its", "will", "should", "contact", "eyes", "reach", "children",
        "list", "lists", "most", "date", "visit", "website", "information", "formula", "formulas", "ingredient",
        "ingredients", "total", "origin", "free", "without", "made", "contains", "of", "on", "in", "by", "may", "at",
        "see", "pack", "up", "has", "have", "been", "skin", "helps", "help", "gently", "daily", "morning", "evening");

    /// <summary>Words of footnotes such as <c>*organic</c>, <c>**from organic farming</c>, <c>° natural origin</c>.</summary>
    private static readonly FrozenSet<string> FootnoteWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "organic", "organics", "natural", "naturally", "certified", "derived", "origin", "origine", "farming",
        "agriculture", "biologique", "bio", "constituent", "constituents", "component", "components", "essential",
        "ecocert", "cosmos", "from", "ingredient", "ingredients", "naturelle", "naturel", "sustainably", "fair", "trade",
        "wildcrafted", "biodynamic", "vegan", "grown", "sourced");

    /// <summary>Words of a heading that names a product (kits): the next piece is a product name, not an ingredient.</summary>
    private static readonly FrozenSet<string> ProductHeadingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "product", "name", "step", "kit", "set", "item", "shade", "colour", "color", "variant", "size", "title");

    /// <summary>Drug-facts purpose column entries printed next to each active.</summary>
    private static readonly string[] Purposes =
    [
        "sunscreens", "sunscreen", "skin protectant", "acne treatment", "acne medication", "purposes", "purpose",
        "antiperspirant", "anti-dandruff", "uv filter",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProseLookup =
        ProseWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FootnoteLookup =
        FootnoteWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProductHeadingLookup =
        ProductHeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsProseWord(ReadOnlySpan<char> word) => word.Length <= 11 && ProseLookup.Contains(word);

    public static bool IsFootnoteWord(ReadOnlySpan<char> word) => FootnoteLookup.Contains(word);

    public static bool IsProductHeadingWord(ReadOnlySpan<char> word) => ProductHeadingLookup.Contains(word);

    /// <summary>Matches a heading phrase starting at <paramref name="start"/> (a word start), ending on a word boundary.</summary>
    public static bool TryMatchMarker(string text, int start, int end, out MarkerKind kind, out int markerEnd)
    {
        var c = text[start];
        if (c == '±')
        {
            kind = MarkerKind.MayContain;
            markerEnd = start + 1;
            return true;
        }

        if (c == '+')
        {
            return TryMatchPlusMinus(text, start, end, out kind, out markerEnd);
        }

        kind = default;
        markerEnd = start;
        var lower = LabelChars.Lower(c);
        if (lower >= MarkersByFirstChar.Length)
        {
            return false;
        }

        foreach (var index in MarkersByFirstChar[lower])
        {
            var (phrase, phraseKind) = Markers[index];
            var stop = MatchPhrase(text, start, end, phrase);
            if (stop > 0 && (stop == end || !LabelChars.IsLetter(text[stop])))
            {
                kind = phraseKind;
                markerEnd = stop;
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of a leading drug-facts purpose phrase (<c>Sunscreen</c>) in <paramref name="span"/>, 0 if none.</summary>
    public static int LeadingPurposeLength(ReadOnlySpan<char> span)
    {
        foreach (var purpose in Purposes)
        {
            if (span.StartsWith(purpose, StringComparison.OrdinalIgnoreCase)
                && (span.Length == purpose.Length || !LabelChars.IsLetter(span[purpose.Length])))
            {
                return purpose.Length;
            }
        }

        return 0;
    }

    /// <summary>Length of a trailing drug-facts purpose phrase in <paramref name="span"/>, 0 if none.</summary>
    public static int TrailingPurposeLength(ReadOnlySpan<char> span)
    {
        foreach (var purpose in Purposes)
        {
            if (span.EndsWith(purpose, StringComparison.OrdinalIgnoreCase)
                && (span.Length == purpose.Length || !LabelChars.IsLetter(span[^(purpose.Length + 1)])))
            {
                return purpose.Length;
            }
        }

        return 0;
    }

    private static bool TryMatchPlusMinus(string text, int start, int end, out MarkerKind kind, out int markerEnd)
    {
        kind = MarkerKind.MayContain;
        var i = start + 1;
        while (i < end && LabelChars.IsSpace(text[i]))
        {
            i++;
        }

        if (i < end && text[i] == '/')
        {
            i++;
            while (i < end && LabelChars.IsSpace(text[i]))
            {
                i++;
            }
        }

        if (i < end && LabelChars.IsDash(text[i]))
        {
            markerEnd = i + 1;
            return true;
        }

        markerEnd = start;
        return false;
    }

    /// <summary>Case-insensitive phrase match where a space in the phrase matches one or more blanks. Returns the end index or -1.</summary>
    private static int MatchPhrase(string text, int start, int end, string phrase)
    {
        var i = start;
        foreach (var p in phrase)
        {
            if (i >= end)
            {
                return -1;
            }

            if (p == ' ')
            {
                if (!LabelChars.IsBlank(text[i]))
                {
                    return -1;
                }

                while (i < end && LabelChars.IsBlank(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (LabelChars.Lower(text[i]) != p)
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    private static int[][] BuildIndex()
    {
        var byChar = new List<int>[128];
        for (var i = 0; i < Markers.Length; i++)
        {
            var first = Markers[i].Phrase[0];
            (byChar[first] ??= []).Add(i);
        }

        return byChar.Select(list => list?.ToArray() ?? []).ToArray();
    }
}
