namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// What a span of tokens is (a footnote, a formula code, an amount, prose, a capitalised section title): the pure
/// predicates of the structure pass. Each looks at a bounded number of tokens where a label could repeat a piece
/// endlessly, so the pass stays linear in the label's length.
/// </summary>
internal static class LabelPieces
{
    private const int FootnoteWindowTokens = 24;
    private const int MaxTitleWords = 6;

    /// <summary>Trims separators, full stops, dashes, colons, quotes, noise and brackets unpaired within the span.</summary>
    public static (int From, int To) Trim(LabelTokens t, int from, int to)
    {
        while (from < to && IsTrimmable(t, from, from, to)) from++;
        while (to > from && IsTrimmable(t, to - 1, from, to)) to--;
        return (from, to);
    }

    public static bool HasLetterOrDigit(LabelTokens t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Kind is TokenKind.Word or TokenKind.Number) return true;
        }

        return false;
    }

    /// <summary>
    /// Footnote lines: <c>*organic</c>, <c>**from organic farming</c>, <c>(*) certified organic</c>, a lone <c>**</c>, and a
    /// marked sentence (<c>*read consumer information leaflet</c>).
    /// </summary>
    public static bool IsFootnote(LabelTokens t, int from, int to)
    {
        var first = t[from];
        if (first.Kind != TokenKind.Footnote && !(first.Kind == TokenKind.Open && t.Is(from + 1, TokenKind.Footnote)))
        {
            return false;
        }

        // A footnote announces itself in its first words; looking further would make "* * * …" quadratic.
        var window = Math.Min(to, from + FootnoteWindowTokens);
        var words = 0;
        var prose = 0;
        for (var k = from; k < window; k++)
        {
            if (t[k].Kind != TokenKind.Word) continue;
            if (LabelVocabulary.IsFootnoteWord(t.TextOf(k))) return true;
            prose += LabelVocabulary.IsProseWord(t.TextOf(k)) ? 1 : 0;
            words++;
        }

        return (words == 0 && window == to) || prose >= 2;
    }

    /// <summary>
    /// Manufacturers' formula codes printed after the list: <c>(F.I.L. B166155/2)</c>, <c>&lt;ILN41209&gt;</c>, and a
    /// bracketed batch code of two or three letters and a number (<c>[bi 442]</c>; never <c>[CI 77491]</c>).
    /// </summary>
    public static bool IsReferenceCode(LabelTokens t, int from, int to)
    {
        var k = from;
        while (k < to && t[k].Kind is TokenKind.Open or TokenKind.Noise) k++;
        if (k >= to || t[k].Kind != TokenKind.Word) return false;
        if (t.IsWord(k, "fil")) return true;
        if (t.IsWord(k, "f") && t.Is(k + 1, TokenKind.Period) && t.IsWord(k + 2, "i")) return true;
        var word = t.TextOf(k);
        if (word.Length > 3 && word.StartsWith("ILN", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(word[3])) return true;
        return t[from].Kind == TokenKind.Open && t[from].Partner == to - 1 && k == from + 1 && to - from == 4
            && word.Length is 2 or 3 && !t.IsWord(k, "ci") && t.Is(k + 1, TokenKind.Number) && t[k + 1].Length >= 3;
    }

    /// <summary>End of an angle-bracket code glued into the text (<c>… Benzyl Benzoate &lt;ILN45755&gt; Please …</c>), or -1.</summary>
    public static int AngleCodeEnd(LabelTokens t, int open, int to)
    {
        if (open + 2 >= to || t.Text[t[open].Start] != '<' || t[open + 2].Kind != TokenKind.Noise || t.Text[t[open + 2].Start] != '>')
        {
            return -1;
        }

        var word = t.TextOf(open + 1);
        return t[open + 1].Kind == TokenKind.Word && word.Length > 3 && word.ContainsAnyInRange('0', '9') ? open + 3 : -1;
    }

    /// <summary><c>4% (40 mg/g)</c>, <c>7.5%</c>: a percentage with no name outside brackets.</summary>
    public static bool IsAmountOnly(LabelTokens t, int from, int to)
    {
        var percent = false;
        for (var k = from; k < to; k++)
        {
            var token = t[k];
            if (token.Kind == TokenKind.Open && token.Partner > k && token.Partner < to)
            {
                k = token.Partner;
                continue;
            }

            if (token.Kind == TokenKind.Word) return false;
            percent |= token.Kind == TokenKind.Percent;
        }

        return percent;
    }

    /// <summary>Marketing, directions and disclaimers: words that never occur in INCI names, outside brackets.</summary>
    public static bool IsProse(LabelTokens t, int from, int to)
    {
        var words = 0;
        var prose = 0;
        for (var k = from; k < to; k++)
        {
            var token = t[k];
            if (token.Kind == TokenKind.Open && token.Partner > k && token.Partner < to)
            {
                k = token.Partner;
                continue;
            }

            if (token.Kind != TokenKind.Word) continue;
            words++;
            prose += LabelVocabulary.IsProseWord(t.TextOf(k)) ? 1 : 0;
        }

        return prose >= 2 || (prose > 0 && (prose == words || words >= 6));
    }

    public static bool StartsWithPercentage(LabelTokens t, int from, int to)
    {
        var (k, _) = Trim(t, from, to);
        return t.Is(k, TokenKind.Number) && t.Is(k + 1, TokenKind.Percent);
    }

    /// <summary>A sentence of marketing: it opens with a determiner or pronoun (<c>A deeply hydrating …</c>, <c>You can …</c>).</summary>
    public static bool StartsWithDeterminer(LabelTokens t, int from, int to) =>
        from + 1 < to && t.Is(from, TokenKind.Word) && LabelVocabulary.IsDeterminer(t.TextOf(from))
        && t[from + 1].Kind is TokenKind.Word or TokenKind.Number && t[from + 1].SpaceBefore;

    /// <summary>
    /// A section title in capitals glued before the first name of a mixed-case list (<c>BROW PENCIL C12-15 Alkyl …</c>,
    /// <c>LOVE Isododecane</c> after <c>SHADE:</c>): the end of the leading capitalised words when at least
    /// <paramref name="minWords"/> of them are followed by a name with a lower-case word, else <paramref name="from"/>.
    /// </summary>
    public static int CapsTitleEnd(LabelTokens t, int from, int to, int minWords)
    {
        var k = from;
        var words = 0;
        while (k < to && words < MaxTitleWords && IsCapitalWord(t, k) && (k == from || t[k].SpaceBefore)
               && !t.Is(k + 1, TokenKind.Dash) && !t.Is(k + 1, TokenKind.Slash))
        {
            k++;
            words++;
        }

        return words >= minWords && k < to && t[k].SpaceBefore && !IsAllCapitals(t, k, to) && HasWord(t, k, to) ? k : from;
    }

    private static bool HasWord(LabelTokens t, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (t[k].Kind == TokenKind.Word) return true;
        }

        return false;
    }

    /// <summary>True when every word of the span is in capitals (digits aside): a shade or product name in a mixed-case list.</summary>
    public static bool IsAllCapitals(LabelTokens t, int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            if (t[k].Kind != TokenKind.Word) continue;
            if (HasLower(t.TextOf(k))) return false;
            words++;
        }

        return words > 0;
    }

    private static bool IsCapitalWord(LabelTokens t, int k)
    {
        if (!t.Is(k, TokenKind.Word) || t[k].Length < 3) return false; // "PVP VA Copolymer", "SD Alcohol" are names
        foreach (var c in t.TextOf(k))
        {
            if (!char.IsUpper(c)) return false;
        }

        return true;
    }

    private static bool HasLower(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLower(c)) return true;
        }

        return false;
    }

    private static bool IsTrimmable(LabelTokens t, int k, int from, int to)
    {
        var token = t[k];
        return token.Kind switch
        {
            TokenKind.Word or TokenKind.Number or TokenKind.Footnote or TokenKind.Percent => false,
            TokenKind.Open or TokenKind.Close => token.Partner < from || token.Partner >= to,
            TokenKind.Symbol => t.Text[token.Start] == '=',
            _ => true,
        };
    }
}
