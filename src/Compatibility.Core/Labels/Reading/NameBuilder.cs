using System.Globalization;

namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// Builds a name from a token span: noise (™ ® footnote marks, quotes) dropped, blanks collapsed to one space, dashes
/// folded to '-', slashes and backslashes to '/', percentages removed and read. Bracket groups are kept or left out as the caller says. Case is kept;
/// the catalogue normalises it.
/// </summary>
internal ref struct NameBuilder
{
    private readonly LabelTokens _t;
    private readonly Span<char> _buffer;
    private int _length;
    private bool _pendingSpace;

    public NameBuilder(LabelTokens tokens, Span<char> buffer)
    {
        _t = tokens;
        _buffer = buffer;
    }

    /// <summary>The last percentage removed from the name.</summary>
    public decimal? Percent { get; private set; }

    /// <summary>The last percentage printed in the name itself, not inside a left-out group (<c>Glycerin 5% (…10%)</c> → 5).</summary>
    public decimal? OwnPercent { get; private set; }

    public void Clear()
    {
        _length = 0;
        _pendingSpace = false;
        Percent = null;
        OwnPercent = null;
    }

    /// <summary>
    /// Appends tokens <c>[from, to)</c>. Groups whose opening token is in <paramref name="leftOut"/> are skipped (their
    /// percentages still read); other paired groups are kept with their brackets; brackets unpaired in the span are dropped.
    /// </summary>
    public void Append(int from, int to, scoped ReadOnlySpan<int> leftOut)
    {
        var text = _t.Text;
        for (var k = from; k < to; k++)
        {
            var token = _t[k];
            if (token.SpaceBefore && _length > 0)
            {
                _pendingSpace = true;
            }

            switch (token.Kind)
            {
                case TokenKind.Open or TokenKind.Close when token.Partner < from || token.Partner >= to:
                    _pendingSpace = _length > 0; // unpaired here: a stray bracket
                    continue;
                case TokenKind.Open when leftOut.Contains(k):
                    ReadPercentIn(k + 1, token.Partner);
                    k = token.Partner;
                    _pendingSpace = _length > 0;
                    continue;
                case TokenKind.Noise or TokenKind.Footnote or TokenKind.Quote or TokenKind.LineBreak:
                    continue;
                case TokenKind.Percent:
                    RemoveNumberBefore();
                    if (k + 3 <= to && IsUnit(k + 1) && _t.Is(k + 2, TokenKind.Slash) && IsUnit(k + 3))
                    {
                        k += 3; // "2% w/w"
                    }

                    continue;
            }

            if (_length + token.Length + 1 > _buffer.Length)
            {
                return; // a "name" longer than the buffer (kilobytes) is not one; the rest is left out
            }

            if (_pendingSpace)
            {
                if (_length > 0 && !LabelChars.IsOpener(_buffer[_length - 1]) && token.Kind != TokenKind.Close)
                {
                    _buffer[_length++] = ' ';
                }

                _pendingSpace = false;
            }

            if (token.Kind is TokenKind.Dash or TokenKind.Slash)
            {
                // One dash and one slash: "C12–15", "Water\Aqua\Eau" (Clinique's backslashes) read as "Water/Aqua/Eau".
                _buffer[_length++] = token.Kind == TokenKind.Dash ? '-' : '/';
                continue;
            }

            text.AsSpan(token.Start, token.Length).CopyTo(_buffer[_length..]);
            _length += token.Length;
        }
    }

    /// <summary>
    /// The name, trimmed of stray punctuation; null when nothing name-like is left. <paramref name="reuse"/> is returned
    /// instead of a new string when it has the same characters (most entries' name is their input).
    /// </summary>
    public readonly string? Build(string? reuse = null)
    {
        var name = ((ReadOnlySpan<char>)_buffer[.._length]).Trim(" .,;:-'`´‘’=+/&");
        foreach (var c in name)
        {
            if (LabelChars.IsLetterOrDigit(c))
            {
                return reuse is not null && name.SequenceEqual(reuse) ? reuse : name.ToString();
            }
        }

        return null;
    }

    private bool IsUnit(int k) => _t.IsWord(k, "w") || _t.IsWord(k, "v");

    private void ReadPercentIn(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (_t[k].Kind == TokenKind.Percent && _t.Is(k - 1, TokenKind.Number))
            {
                Percent = ParsePercent(_t.TextOf(k - 1));
            }
        }
    }

    /// <summary>Removes the number just written before a percent sign and records it.</summary>
    private void RemoveNumberBefore()
    {
        var j = _length;
        while (j > 0 && _buffer[j - 1] == ' ') j--;
        var digitsEnd = j;
        while (j > 0 && (char.IsAsciiDigit(_buffer[j - 1]) || _buffer[j - 1] is '.' or ',')) j--;
        if (j == digitsEnd || (j > 0 && LabelChars.IsLetter(_buffer[j - 1])))
        {
            return; // "%" without a number, or a name ending in digits glued to letters
        }

        Percent = OwnPercent = ParsePercent(_buffer[j..digitsEnd]);
        while (j > 0 && _buffer[j - 1] == ' ') j--;
        _length = j;
        _pendingSpace = false;
    }

    private static decimal? ParsePercent(ReadOnlySpan<char> number)
    {
        Span<char> copy = stackalloc char[Math.Min(number.Length, 32)];
        number[..copy.Length].CopyTo(copy);
        copy.Replace(',', '.');
        return decimal.TryParse(copy, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value <= 100 ? value : null;
    }
}
