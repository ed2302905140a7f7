namespace Compatibility.Core.Labels.Reading;

/// <summary>The structure pass, part 3: where headings, sentences, lines and percentages end.</summary>
internal sealed partial class LabelStructure
{
    /// <summary>Skips what follows a heading phrase: colons, slashes to translations, <c>(+/-)</c>, <c>(INCI)</c>, <c>list</c>.</summary>
    private int SkipHeadingJunk(HeadingKind kind, int t, int to, out bool colon)
    {
        colon = false;

        // Headings are short: a bound on the tokens looked at keeps "Ingredients Ingredients …" linear.
        for (var looked = 0; t < to && looked < MaxHeadingTokens; looked++)
        {
            var token = _t[t];
            switch (token.Kind)
            {
                case TokenKind.Dash or TokenKind.Slash or TokenKind.Period:
                    t++;
                    continue;
                case TokenKind.Symbol when _t.Text[token.Start] == '=':
                    t++;
                    continue;
                case TokenKind.Colon:
                    colon = true;
                    t++;
                    continue;
                case TokenKind.Open when token.Partner > t && token.Partner < to && IsHeadingJunkGroup(t):
                    t = token.Partner + 1;
                    continue;
            }

            if (LabelVocabulary.TryMatchHeading(_t, t, to, out var next, out var nextEnd) && SameFamily(kind, next))
            {
                t = nextEnd; // "Ingredients/Ingrédients", "May Contain/Peut Contenir"
                continue;
            }

            if (_t.IsWord(t, "list") || (token.Kind == TokenKind.Word && LabelVocabulary.PurposeAt(_t, t, to) > 0))
            {
                t += Math.Max(1, LabelVocabulary.PurposeAt(_t, t, to)); // "Active ingredients Purpose", "Ingredient list"
                continue;
            }

            break;
        }

        return t;
    }

    private static bool SameFamily(HeadingKind a, HeadingKind b) =>
        a == b || (a is HeadingKind.List or HeadingKind.Actives or HeadingKind.Continuation
                   && b is HeadingKind.List or HeadingKind.Actives or HeadingKind.Continuation);

    /// <summary><c>(+/-)</c>, <c>(INCI)</c>, <c>(in each gram)</c>, <c>()</c> after a heading.</summary>
    private bool IsHeadingJunkGroup(int open)
    {
        var close = _t[open].Partner;
        var first = open + 1;
        if (first == close || (close - first == 1 && (_t.IsWord(first, "inci") || _t.Text[_t[first].Start] == '±')))
        {
            return true;
        }

        if (LabelVocabulary.TryMatchHeading(_t, first, close, out var kind, out var end) && kind == HeadingKind.MayContain && end == close)
        {
            return true; // (+/-)
        }

        return (_t.IsWord(first, "in") && _t.IsWord(first + 1, "each")) || _t.IsWord(first, "per");
    }

    /// <summary>
    /// A list heading without a colon (OCR'd drug facts: "Inactive ingredients water, …") counts only when it is not part
    /// of a sentence or footnote ("*ingredients from organic farming", "ingredients subject to change").
    /// </summary>
    private bool LooksLikeColonlessHeading(HeadingKind kind, int pieceStart, int heading, int headingEnd, int after, int to)
    {
        if (kind == HeadingKind.List && _t.Is(headingEnd - 1, TokenKind.Word) && LabelChars.Lower(_t.Text[_t[headingEnd - 1].End - 1]) == 't')
        {
            return false; // a singular "ingredient" without a colon is prose or a footnote ("*organic ingredient")
        }

        // Only the tokens just before the heading matter; a bounded look keeps repeated headings linear.
        var from = Math.Max(pieceStart, heading - 12);
        var (before, beforeEnd) = LabelPieces.Trim(_t, from, heading);
        if (before < beforeEnd)
        {
            if (_t[before].Kind == TokenKind.Footnote || _t[before].Kind == TokenKind.Open)
            {
                return false;
            }

            for (var k = before; k < beforeEnd; k++)
            {
                if (_t[k].Kind == TokenKind.Footnote) return false;
            }

            var last = beforeEnd - 1;
            if (_t.Is(last, TokenKind.Word) && (LabelVocabulary.IsProseWord(_t.TextOf(last)) || LabelVocabulary.IsFootnoteWord(_t.TextOf(last))))
            {
                return false;
            }
        }

        if (after >= to)
        {
            return false;
        }

        return !_t.Is(after, TokenKind.Word) || !LabelVocabulary.IsProseWord(_t.TextOf(after));
    }

    /// <summary>
    /// A full stop ends an entry when a blank or the end follows, except in <c>C.I. 77491</c>, before numbers and after
    /// an abbreviation that a name continues (<c>Ext. D&amp;C Violet No. 2</c>).
    /// </summary>
    private bool IsSentenceEnd(int dot, int to)
    {
        if (dot + 1 < to && !_t[dot + 1].SpaceBefore && _t[dot + 1].Kind != TokenKind.LineBreak)
        {
            return false; // "C.I.77491", "9.0" (numbers never reach here), "No.5"
        }

        if (_t.Is(dot - 2, TokenKind.Period) && _t.Is(dot - 1, TokenKind.Word) && _t[dot - 1].Length == 1)
        {
            return false; // "C.I. 77491"
        }

        if (_t.Is(dot - 1, TokenKind.Word) && LabelVocabulary.IsAbbreviation(_t.TextOf(dot - 1)) && dot + 1 < to
            && _t.Is(dot + 1, TokenKind.Word) && !LabelVocabulary.IsProseWord(_t.TextOf(dot + 1)))
        {
            return false;
        }

        return dot + 1 >= to || _t[dot + 1].Kind != TokenKind.Number;
    }

    /// <summary>
    /// A line break inside a comma list that wraps a name (<c>Fragrance⏎(Parfum)</c>, <c>Sea⏎Salt (Maris Sal)</c>): the line
    /// has commas and does not end with one, and the next line goes on with the list (a comma before any colon or
    /// heading, no footnote mark or bullet first).
    /// </summary>
    private bool IsWrappedLine(ListState state, int pieceStart, int lineBreak, int to)
    {
        if (!state.LineHasComma || state.SkipAll || lineBreak <= pieceStart || lineBreak + 1 >= to
            || _t[lineBreak - 1].Kind is TokenKind.Separator or TokenKind.LineBreak or TokenKind.Period or TokenKind.Colon)
        {
            return false;
        }

        var next = lineBreak + 1;
        if (_t[next].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Open)
            || (_t[next].Kind == TokenKind.Word && LabelVocabulary.TryMatchHeading(_t, next, to, out _, out _)))
        {
            return false;
        }

        for (var k = next; k < to; k++)
        {
            var token = _t[k];
            switch (token.Kind)
            {
                case TokenKind.Open when token.Partner > k && token.Partner < to:
                    k = token.Partner;
                    continue;
                case TokenKind.Separator:
                    return _t.Text[token.Start] is ',' or ';';
                case TokenKind.LineBreak or TokenKind.Colon:
                    return false;
                case TokenKind.Word when LabelVocabulary.TryMatchHeading(_t, k, to, out _, out _):
                    return false;
            }
        }

        return false;
    }

    private bool HasWordBefore(int from, int number)
    {
        for (var k = from; k < number; k++)
        {
            if (_t[k].Kind == TokenKind.Word) return true;
        }

        return false;
    }

    /// <summary>After a percentage: an optional <c>w/w</c>, <c>w/v</c>, <c>v/v</c>; the entry ends there.</summary>
    private int SkipPercentSuffix(int t, int to)
    {
        if (t + 2 < to && IsUnitLetter(t) && _t.Is(t + 1, TokenKind.Slash) && IsUnitLetter(t + 2))
        {
            return t + 3;
        }

        return t;
    }

    private bool IsUnitLetter(int t) => _t.IsWord(t, "w") || _t.IsWord(t, "v");

    /// <summary>The piece after a colon reads as a sentence ("helps to exfoliate …").</summary>
    private bool NextPieceIsProse(int from, int to)
    {
        var end = from;
        while (end < to && _t[end].Kind is not (TokenKind.Separator or TokenKind.LineBreak or TokenKind.Colon) && !(_t[end].Kind == TokenKind.Period && IsSentenceEnd(end, to))
               && !(_t[end].Kind == TokenKind.Word && LabelVocabulary.TryMatchHeading(_t, end, to, out _, out _)))
        {
            end++;
        }

        var (a, b) = LabelPieces.Trim(_t, from, end);
        return a < b && LabelPieces.IsProse(_t, a, b);
    }

    private bool IsHeadingStart(int t, int from)
    {
        var token = _t[t];
        if (token.Kind == TokenKind.Symbol && _t.Text[token.Start] is not ('+' or '±'))
        {
            return false;
        }

        if (t == from || token.SpaceBefore)
        {
            return true;
        }

        return _t[t - 1].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Dash or TokenKind.Slash or TokenKind.Quote);
    }
}
