using System.Buffers;

namespace Compatibility.Core.Labels.Parsing;

/// <summary>
/// Single pass over a label at bracket depth 0: splits entries at separators, percentages and
/// sentence ends, and reacts to headings (ingredient lists, actives, may-contain, directions, kits).
/// Pieces are handed to the piece reader (other part of this class), which recurses into bracket groups.
/// </summary>
internal sealed partial class LabelScanner : IDisposable
{
    private const int MaxNesting = 8;

    private static readonly SearchValues<char> FootnoteMarkers = SearchValues.Create("*†‡°");

    private readonly string _text;
    private readonly int[] _match;
    private readonly char[] _scratch;
    private readonly List<LabelEntry> _entries;
    private bool _seenListHeading;
    private bool _inActives;
    private int _nesting;

    public LabelScanner(string text, List<LabelEntry> entries)
    {
        _text = text;
        _entries = entries;
        _match = ArrayPool<int>.Shared.Rent(text.Length);
        _scratch = ArrayPool<char>.Shared.Rent(text.Length + 8);
        BracketMatcher.Fill(text, _match);
    }

    public void Run() => ScanList(0, _text.Length, mayContain: false);

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(_match);
        ArrayPool<char>.Shared.Return(_scratch);
    }

    private void ScanList(int start, int end, bool mayContain)
    {
        var state = new ListState { MayContain = mayContain };
        var text = _text;
        var pieceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (LabelChars.IsOpener(c))
            {
                var close = _match[i];
                if (close > i && close < end)
                {
                    if (IsAndGroup(i, close))
                    {
                        // "Glyceryl Stearate (and) PEG-100 Stearate": a trade-name blend, each component an entry.
                        EndPiece(ref state, pieceStart, i);
                        pieceStart = close + 1;
                    }

                    i = close + 1;
                    continue;
                }

                i++;
                continue;
            }

            if (LabelChars.IsListSeparator(c))
            {
                if (c == ',' && IsDigitAt(i - 1) && IsDigitAt(i + 1))
                {
                    i++; // 1,2-Hexanediol
                    continue;
                }

                EndPiece(ref state, pieceStart, i);
                if (state.Skip == SkipMode.All && LabelChars.IsLineBreak(c))
                {
                    state.Skip = SkipMode.None;
                }

                pieceStart = i = i + 1;
                continue;
            }

            if (c == '.' && IsSentenceEnd(i, end))
            {
                EndPiece(ref state, pieceStart, i);
                pieceStart = i = i + 1;
                continue;
            }

            if (c == '%' && FollowsNumber(i, pieceStart))
            {
                // Drug facts glue the next name to a percentage: "Octinoxate 7.5%Water".
                var after = SkipPercentSuffix(i + 1, end);
                EndPiece(ref state, pieceStart, after);
                pieceStart = i = after;
                continue;
            }

            if (c == ':' && !(IsDigitAt(i - 1) && IsDigitAt(i + 1)))
            {
                OnColonHeading(ref state, pieceStart, i);
                pieceStart = i = i + 1;
                continue;
            }

            if (IsMarkerStart(i, start) && TryHeading(ref state, ref pieceStart, ref i, end))
            {
                continue;
            }

            i++;
        }

        EndPiece(ref state, pieceStart, end);
    }

    private bool TryHeading(ref ListState state, ref int pieceStart, ref int i, int end)
    {
        if (!LabelVocabulary.TryMatchMarker(_text, i, end, out var kind, out var markerEnd))
        {
            return false;
        }

        var after = SkipHeadingJunk(kind, markerEnd, end, out var colon);
        switch (kind)
        {
            case MarkerKind.List or MarkerKind.Actives or MarkerKind.Continuation:
                if (!colon && !LooksLikeColonlessHeading(kind, pieceStart, i, markerEnd, after, end))
                {
                    return false;
                }

                if (kind == MarkerKind.Continuation && state.Skip == SkipMode.None)
                {
                    EndPiece(ref state, pieceStart, i); // the last active, glued to "Inactive Ingredients"
                }

                // Otherwise text glued before a list heading is a product name ("Toner Ingredients:").
                if (!_seenListHeading && kind != MarkerKind.Continuation && (colon || _entries.Count <= 3))
                {
                    _entries.Clear(); // everything before the first list heading was marketing
                }

                _seenListHeading = true;
                _inActives = kind == MarkerKind.Actives;
                state.MayContain = false;
                state.Skip = SkipMode.None;
                break;
            case MarkerKind.MayContain:
                if (state.Skip == SkipMode.All)
                {
                    return false;
                }

                EndPiece(ref state, pieceStart, i); // "… Phenoxyethanol May Contain: …" with the comma missing
                state.MayContain = true;
                state.Skip = SkipMode.None;
                break;
            default:
                EndPiece(ref state, pieceStart, i);
                state.Skip = SkipMode.All;
                break;
        }

        pieceStart = i = after;
        return true;
    }

    /// <summary>A colon not consumed by a known heading: <c>Cleanser:</c> starts a list, <c>Product Name:</c> announces a name.</summary>
    private void OnColonHeading(ref ListState state, int pieceStart, int colon)
    {
        state.MayContain = false;
        if (state.Skip == SkipMode.All)
        {
            return;
        }

        state.Skip = SkipMode.None;
        foreach (var word in new WordEnumerator(_text.AsSpan(pieceStart, colon - pieceStart)))
        {
            if (LabelVocabulary.IsProductHeadingWord(word))
            {
                state.Skip = SkipMode.OnePiece;
                return;
            }
        }
    }

    private void EndPiece(ref ListState state, int start, int end)
    {
        switch (state.Skip)
        {
            case SkipMode.All:
                return;
            case SkipMode.OnePiece:
                if (!IsBlank(start, end))
                {
                    state.Skip = SkipMode.None;
                }

                return;
            default:
                ReadPiece(start, end, state.MayContain);
                return;
        }
    }

    /// <summary>Skips what follows a heading phrase: colons, slashes to translations, <c>(+/-)</c>, <c>(INCI)</c>, <c>list</c>.</summary>
    private int SkipHeadingJunk(MarkerKind kind, int i, int end, out bool colon)
    {
        colon = false;
        var text = _text;
        while (i < end)
        {
            var c = text[i];
            if (LabelChars.IsSpace(c) || LabelChars.IsDash(c) || c is '/' or '.' or '=')
            {
                i++;
                continue;
            }

            if (c == ':')
            {
                colon = true;
                i++;
                continue;
            }

            if (LabelChars.IsOpener(c) && _match[i] > i && _match[i] < end && IsHeadingJunkGroup(i + 1, _match[i]))
            {
                i = _match[i] + 1;
                continue;
            }

            if (LabelVocabulary.TryMatchMarker(text, i, end, out var next, out var nextEnd) && SameFamily(kind, next))
            {
                i = nextEnd; // "Ingredients/Ingrédients", "May Contain/Peut Contenir"
                continue;
            }

            var word = WordAt(i, end);
            if (word.Length > 0 && (word.Equals("list", StringComparison.OrdinalIgnoreCase)
                || LabelVocabulary.LeadingPurposeLength(word) == word.Length))
            {
                i += word.Length; // "Active ingredients Purpose", "Ingredient list"
                continue;
            }

            break;
        }

        return i;
    }

    private static bool SameFamily(MarkerKind a, MarkerKind b) =>
        a == b || (a is MarkerKind.List or MarkerKind.Actives or MarkerKind.Continuation
                   && b is MarkerKind.List or MarkerKind.Actives or MarkerKind.Continuation);

    /// <summary><c>(+/-)</c>, <c>(INCI)</c>, <c>(in each gram)</c> after a heading.</summary>
    private bool IsHeadingJunkGroup(int start, int end)
    {
        var content = _text.AsSpan(start, end - start).Trim();
        if (content.Length == 0 || content.Equals("inci", StringComparison.OrdinalIgnoreCase) || content.SequenceEqual("±"))
        {
            return true;
        }

        var lead = end - start - _text.AsSpan(start, end - start).TrimStart().Length;
        if (content[0] == '+' && LabelVocabulary.TryMatchMarker(_text, start + lead, end, out _, out var stop))
        {
            return _text.AsSpan(stop, end - stop).Trim().Length == 0;
        }

        return content.StartsWith("in each", StringComparison.OrdinalIgnoreCase)
            || content.StartsWith("per ", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A list heading without a colon (OCR'd drug facts: "Inactive ingredients water, …") counts only when it is
    /// not part of a sentence or footnote ("*ingredients from organic farming", "ingredients subject to change").
    /// </summary>
    private bool LooksLikeColonlessHeading(MarkerKind kind, int pieceStart, int marker, int markerEnd, int after, int end)
    {
        if (kind == MarkerKind.List && LabelChars.Lower(_text[markerEnd - 1]) == 't')
        {
            return false; // a singular "ingredient" without a colon is prose or a footnote ("*organic ingredient")
        }

        var before = _text.AsSpan(pieceStart, marker - pieceStart).Trim();
        if (before.Length > 0 && (LabelChars.IsFootnoteMarker(before[0]) || before[0] == '(' || before.ContainsAny(FootnoteMarkers)))
        {
            return false;
        }

        var lastWord = LastWord(before);
        if (lastWord.Length > 0 && (LabelVocabulary.IsProseWord(lastWord) || LabelVocabulary.IsFootnoteWord(lastWord)))
        {
            return false;
        }

        var next = after;
        while (next < end && LabelChars.IsBlank(_text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return false;
        }

        var nextWord = WordAt(next, end);
        return nextWord.Length == 0 || !LabelVocabulary.IsProseWord(nextWord);
    }

    private bool IsAndGroup(int open, int close)
    {
        var content = _text.AsSpan(open + 1, close - open - 1).Trim();
        return content.Equals("and", StringComparison.OrdinalIgnoreCase)
            || content.SequenceEqual("&")
            || content.Equals("et", StringComparison.OrdinalIgnoreCase)
            || content.Equals("und", StringComparison.OrdinalIgnoreCase)
            || content.Equals("and/or", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A full stop ends an entry when a blank or the end follows, except in <c>C.I. 77491</c> and before numbers.</summary>
    private bool IsSentenceEnd(int dot, int end)
    {
        var text = _text;
        if (dot + 1 < end && !LabelChars.IsBlank(text[dot + 1]))
        {
            return false;
        }

        if (dot >= 2 && text[dot - 2] == '.')
        {
            return false;
        }

        var next = dot + 1;
        while (next < end && LabelChars.IsSpace(text[next]))
        {
            next++;
        }

        return next >= end || !char.IsAsciiDigit(text[next]);
    }

    private bool FollowsNumber(int percent, int pieceStart)
    {
        var j = percent - 1;
        while (j >= pieceStart && LabelChars.IsSpace(_text[j]))
        {
            j--;
        }

        return j >= pieceStart && char.IsAsciiDigit(_text[j]);
    }

    /// <summary>After a percentage: an optional <c>w/w</c>; the entry ends there.</summary>
    private int SkipPercentSuffix(int i, int end)
    {
        var j = i;
        while (j < end && LabelChars.IsSpace(_text[j]))
        {
            j++;
        }

        var rest = _text.AsSpan(j, end - j);
        foreach (var suffix in (ReadOnlySpan<string>)["w/w", "w/v", "v/v"])
        {
            if (rest.StartsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return j + suffix.Length;
            }
        }

        return i;
    }

    private bool IsMarkerStart(int i, int start)
    {
        var c = _text[i];
        if (!LabelChars.IsLetter(c) && c is not '+' and not '±')
        {
            return false;
        }

        if (i == start)
        {
            return true;
        }

        var prev = _text[i - 1];
        return !LabelChars.IsLetterOrDigit(prev) && prev is not '-' and not '/' and not '\'';
    }

    private bool IsDigitAt(int i) => i >= 0 && i < _text.Length && char.IsAsciiDigit(_text[i]);

    private bool IsBlank(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (LabelChars.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<char> WordAt(int i, int end)
    {
        var j = i;
        while (j < end && LabelChars.IsLetter(_text[j]))
        {
            j++;
        }

        return _text.AsSpan(i, j - i);
    }

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> span)
    {
        var j = span.Length;
        while (j > 0 && LabelChars.IsLetter(span[j - 1]))
        {
            j--;
        }

        return span[j..];
    }
}
