namespace Compatibility.Core.Labels.Reading;

/// <summary>Character classes of label text (no regex: the parser runs per request on the hot path).</summary>
internal static class LabelChars
{
    /// <summary>Spaces that are not line breaks, including NBSP, thin and ideographic spaces.</summary>
    public static bool IsSpace(char c) =>
        c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u3000' || c == '\uFEFF'
        || (c >= '\u2000' && c <= '\u200B');

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f';

    public static bool IsBlank(char c) => IsSpace(c) || IsLineBreak(c);

    /// <summary>Separators between entries at bracket depth 0 (commas are checked separately for <c>1,2-Hexanediol</c>).</summary>
    public static bool IsListSeparator(char c) =>
        c is ',' or ';' or '|' or '•' or '·' or '●' or '▪' or '◦' or '■' or '∙' or '‧' or '，' or '；' or '、'
        || IsLineBreak(c);

    public static bool IsOpener(char c) => c is '(' or '[' or '{' or '（' or '［' or '【';

    public static bool IsCloser(char c) => c is ')' or ']' or '}' or '）' or '］' or '】';

    public static bool IsDash(char c) =>
        c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D';

    /// <summary>Trade-mark signs, footnote markers, double quotes and the angle brackets of <c>&lt;ILN41209&gt;</c>: never part of a name.</summary>
    public static bool IsNoise(char c) =>
        c is '™' or '®' or '©' or '℠' or '<' or '>' or '*' or '†' or '‡' or '§' or '°' or '^' or '#' or '"' or '“' or '”' or '„' or '«' or '»'
        || c is '¹' or '²' or '³' || (c >= '⁰' && c <= '⁹');

    /// <summary>Characters that open a footnote line (<c>*organic</c>, <c>** natural origin</c>, <c>° …</c>).</summary>
    public static bool IsFootnoteMarker(char c) => c is '*' or '†' or '‡' or '°' or '¹' or '²' or '³' or '§' or '#';

    /// <summary>Single quotes and backticks: stripped only around a name (Python-style feeds), kept inside.</summary>
    public static bool IsQuote(char c) => c is '\'' or '`' or '´' or '‘' or '’' or '‚';

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsLetter(char c) => c < 128 ? IsAsciiLetter(c) : char.IsLetter(c);

    public static bool IsLetterOrDigit(char c) => c < 128 ? IsAsciiLetter(c) || char.IsAsciiDigit(c) : char.IsLetterOrDigit(c);

    /// <summary>
    /// False only when <paramref name="a"/> and <paramref name="b"/> differ under ordinal ignore-case rules for certain:
    /// two ASCII characters compare by their lower case; anything else is left to the full comparison.
    /// </summary>
    public static bool MayEqualIgnoringCase(char a, char b) => a >= 128 || b >= 128 || Lower(a) == Lower(b);

    public static char Lower(char c) => c < 128 ? (char)(IsAsciiLetter(c) ? c | 0x20 : c) : char.ToLowerInvariant(c);
}
