namespace Compatibility.Core.Text;

/// <summary>
/// Text a person reads back (product names and refs, clinic details, calendar entries) must not carry characters that
/// break a line-based format or reorder what is shown: controls (C0, DEL, C1 such as NEL), the line and paragraph
/// separators, and the bidi embeddings, overrides and isolates. Requests holding them are refused; output writers
/// strip them as a second line of defence for stored text.
/// </summary>
public static class DisplayText
{
    public static bool IsRefused(char c) =>
        char.IsControl(c)
        || c is '\u2028' or '\u2029'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    /// <summary>Why <paramref name="value"/> cannot be shown as given, or null when it can.</summary>
    public static string? Problem(string? value)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsRefused(c))
            {
                return $"Must not contain control characters, line separators or bidi overrides (U+{(int)c:X4} at {i + 1}).";
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                    continue;
                }

                return $"Must not contain an unpaired surrogate (at {i + 1}).";
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="value"/> cut to at most <paramref name="maxLength"/> characters, the last of them "…" when it is
    /// cut: ids quoted in error messages, labels in the sheet's picture. A cut never splits a surrogate pair (JSON would
    /// write the lone half as U+FFFD) and drops the blanks before the "…".
    /// </summary>
    public static string Shorten(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var cut = maxLength - 1;
        if (cut > 0 && char.IsHighSurrogate(value[cut - 1]))
        {
            cut--;
        }

        return value[..cut].TrimEnd() + "…";
    }

    /// <summary>
    /// Why <paramref name="value"/> cannot be stored as one line of text, or null when it can: controls (C0, DEL, C1) and
    /// the line and paragraph separators. Looser than <see cref="Problem"/>: stored texts (admin names, versions) keep
    /// bidi controls as given, and the output writers strip them (<see cref="Strip"/>).
    /// </summary>
    public static string? LineProblem(string? value)
    {
        if (value is null)
        {
            return null;
        }

        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsControl(value[i]) || value[i] is '\u2028' or '\u2029')
            {
                return $"Must not contain control characters or line separators (U+{(int)value[i]:X4} at {i + 1}).";
            }
        }

        return null;
    }

    /// <summary><paramref name="value"/> without the refused characters; line breaks become <paramref name="lineBreak"/>.</summary>
    public static string Strip(string value, string lineBreak = " ")
    {
        if (!value.Any(c => IsRefused(c) || c == '\t'))
        {
            return value;
        }

        var sb = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n')
            {
                continue; // CRLF is one break, written at the LF.
            }

            if (c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029')
            {
                sb.Append(lineBreak);
            }
            else if (c == '\t')
            {
                sb.Append(' ');
            }
            else if (!IsRefused(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
