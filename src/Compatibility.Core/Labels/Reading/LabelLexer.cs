namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// Stage 1: label text to tokens (words, numbers, percent signs, separators, brackets paired with their partners,
/// slashes, dashes, colons, full stops, footnote marks, quotes). One pass, no regular expressions.
/// </summary>
internal static class LabelLexer
{
    public static LabelTokens Lex(string text)
    {
        var tokens = new LabelTokens(text);
        var space = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (LabelChars.IsSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (LabelChars.IsLetter(c))
            {
                i = WordEnd(text, i);
                kind = TokenKind.Word;
            }
            else if (char.IsAsciiDigit(c))
            {
                i = NumberEnd(text, i);
                kind = TokenKind.Number;
            }
            else if (c == '<' && HtmlBreakEnd(text, i) is > 0 and var breakEnd)
            {
                i = breakEnd; // "<br>", "<br/>", "<br />" in retailer text: a line break
                kind = TokenKind.LineBreak;
            }
            else
            {
                i++;
                kind = Classify(c);
                if (kind == TokenKind.LineBreak && c == '\r' && i < text.Length && text[i] == '\n')
                {
                    i++;
                }
            }

            tokens.Add(new LabelToken(kind, start, i, space));
            space = kind == TokenKind.LineBreak;
        }

        tokens.PairBrackets();
        return tokens;
    }

    private static TokenKind Classify(char c)
    {
        if (LabelChars.IsLineBreak(c)) return TokenKind.LineBreak;
        if (c == '%' || c == '％') return TokenKind.Percent;
        if (LabelChars.IsListSeparator(c)) return TokenKind.Separator;
        if (LabelChars.IsOpener(c)) return TokenKind.Open;
        if (LabelChars.IsCloser(c)) return TokenKind.Close;
        if (LabelChars.IsDash(c)) return TokenKind.Dash;
        if (LabelChars.IsFootnoteMarker(c) || c is '†' or '‡' || (c >= '⁰' && c <= '⁹')) return TokenKind.Footnote;
        if (LabelChars.IsQuote(c) || c is '"' or '“' or '”' or '„' or '«' or '»') return TokenKind.Quote;
        if (c is '/' or '／' or '\\') return TokenKind.Slash;
        if (c is ':' or '：') return TokenKind.Colon;
        if (c is '.' or '。') return TokenKind.Period;
        if (LabelChars.IsNoise(c)) return TokenKind.Noise;
        return TokenKind.Symbol;
    }

    /// <summary>Letters and digits, and an apostrophe between letters (<c>D'abeille</c>).</summary>
    private static int WordEnd(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (LabelChars.IsLetterOrDigit(c) && !IsSuperscript(c))
            {
                i++;
            }
            else if (c is '\'' or '’' && i + 1 < text.Length && LabelChars.IsLetter(text[i + 1]) && LabelChars.IsLetter(text[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Digits with single <c>.</c> or <c>,</c> between digits (<c>9.0</c>, <c>1,2-Hexanediol</c>), then letters glued on (<c>4MSK</c>).</summary>
    private static int NumberEnd(string text, int i)
    {
        i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                i++;
            }
            else if (c is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>End of an HTML line break (<c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;BR /&gt;</c>) at <paramref name="i"/>, or 0.</summary>
    private static int HtmlBreakEnd(string text, int i)
    {
        if (i + 3 >= text.Length || LabelChars.Lower(text[i + 1]) != 'b' || LabelChars.Lower(text[i + 2]) != 'r')
        {
            return 0;
        }

        var k = i + 3;
        while (k < text.Length && k < i + 6 && (text[k] == '/' || LabelChars.IsSpace(text[k]))) k++;
        return k < text.Length && text[k] == '>' ? k + 1 : 0;
    }

    // Superscript digits are footnote marks glued to a name ("Glycerin¹").
    private static bool IsSuperscript(char c) => c is '¹' or '²' or '³' || (c >= '⁰' && c <= '⁹');
}
