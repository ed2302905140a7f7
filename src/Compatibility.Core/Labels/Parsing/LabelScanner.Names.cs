using System.Buffers;

namespace Compatibility.Core.Labels.Parsing;

/// <summary>
/// Candidate names are built into one pooled buffer: noise (™ ® * footnote digits, double quotes) dropped,
/// blanks collapsed, unicode dashes folded to '-', percentages removed. Case is kept; the catalogue normalises it.
/// </summary>
internal sealed partial class LabelScanner
{
    private static readonly SearchValues<char> NotNameLike = SearchValues.Create(" .,;:-()[]{}/&+");

    private int _length;
    private bool _pendingSpace;

    private string? BuildName(int start, int end, ReadOnlySpan<BracketGroup> groups, bool skipSynonyms)
    {
        BeginName();
        AppendName(start, end, groups, skipSynonyms);
        return FinishName();
    }

    private void BeginName()
    {
        _length = 0;
        _pendingSpace = false;
    }

    /// <summary>Appends <c>[start, end)</c>, leaving out non-synonym groups (and synonym groups when asked).</summary>
    private void AppendName(int start, int end, ReadOnlySpan<BracketGroup> groups, bool skipSynonyms)
    {
        var text = _text;
        var buffer = _scratch;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (LabelChars.IsOpener(c) || LabelChars.IsCloser(c))
            {
                var partner = _match[k];
                if (partner < start || partner >= end)
                {
                    _pendingSpace = _length > 0; // unpaired here: a stray bracket
                    continue;
                }

                if (LabelChars.IsOpener(c) && IsLeftOut(k, groups, skipSynonyms))
                {
                    k = partner;
                    _pendingSpace = _length > 0;
                    continue;
                }
            }
            else if (LabelChars.IsBlank(c))
            {
                _pendingSpace = _length > 0;
                continue;
            }
            else if (LabelChars.IsNoise(c))
            {
                continue;
            }
            else if (LabelChars.IsDash(c))
            {
                c = '-';
            }

            if (_pendingSpace)
            {
                if (!LabelChars.IsOpener(buffer[_length - 1]) && !LabelChars.IsCloser(c))
                {
                    buffer[_length++] = ' ';
                }

                _pendingSpace = false;
            }

            buffer[_length++] = c;
        }
    }

    private static bool IsLeftOut(int open, ReadOnlySpan<BracketGroup> groups, bool skipSynonyms)
    {
        foreach (var group in groups)
        {
            if (group.Open == open)
            {
                return group.Kind != GroupKind.Synonym || skipSynonyms;
            }
        }

        return false;
    }

    /// <summary>Removes percentages (<c>Zinc Oxide 9%</c>), trims stray punctuation; null when nothing name-like is left.</summary>
    private string? FinishName()
    {
        var buffer = _scratch.AsSpan(0, _length);
        var write = 0;
        for (var read = 0; read < buffer.Length; read++)
        {
            var c = buffer[read];
            if (c == '%')
            {
                write = RemoveNumberBefore(buffer, write);
                read = SkipPercentSuffix(buffer, read + 1) - 1;
                continue;
            }

            if (c == ' ' && write > 0 && buffer[write - 1] == ' ')
            {
                continue;
            }

            buffer[write++] = c;
        }

        var name = buffer[..write].Trim(" .,;:-'`´‘’=+/");
        if (name.IndexOfAnyExcept(NotNameLike) < 0)
        {
            return null;
        }

        return name.ToString();
    }

    private static int RemoveNumberBefore(Span<char> buffer, int write)
    {
        var j = write;
        while (j > 0 && buffer[j - 1] == ' ')
        {
            j--;
        }

        var digitsEnd = j;
        while (j > 0 && (char.IsAsciiDigit(buffer[j - 1]) || buffer[j - 1] is '.' or ','))
        {
            j--;
        }

        if (j == digitsEnd || (j > 0 && LabelChars.IsLetter(buffer[j - 1])))
        {
            return write; // "%" without a number, or a name ending in digits glued to letters
        }

        while (j > 0 && buffer[j - 1] == ' ')
        {
            j--;
        }

        return j;
    }

    private static int SkipPercentSuffix(Span<char> buffer, int i)
    {
        var j = i;
        while (j < buffer.Length && buffer[j] == ' ')
        {
            j++;
        }

        var rest = buffer[j..];
        return rest.StartsWith("w/w", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("w/v", StringComparison.OrdinalIgnoreCase)
            ? j + 3
            : i;
    }
}
