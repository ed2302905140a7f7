namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// Stage 2: tokens to entries. Walks a list at bracket depth 0, splits it at separators, percentages and sentence ends,
/// reacts to headings (ingredient lists, drug-facts actives, may-contain blocks, key-ingredient prose, directions, kits)
/// and recurses into bracketed lists. Every fragment that does not become an entry is recorded with its reason.
/// Knows label layout only, never ingredient names.
/// </summary>
internal sealed class LabelStructure
{
    private const int MaxNesting = 8;
    private const int MaxHeadingTokens = 8;
    private const int FootnoteWindowTokens = 24;

    private readonly LabelTokens _t;
    private readonly List<RawEntry> _entries;
    private readonly List<DroppedText> _dropped;
    private bool _seenListHeading;
    private bool _inActives;
    private int _nesting;

    private LabelStructure(LabelTokens tokens, List<RawEntry> entries, List<DroppedText> dropped)
    {
        _t = tokens;
        _entries = entries;
        _dropped = dropped;
    }

    public static void Read(LabelTokens tokens, List<RawEntry> entries, List<DroppedText> dropped)
    {
        new LabelStructure(tokens, entries, dropped).ScanList(0, tokens.Count, mayContain: false);
    }

    private void ScanList(int from, int to, bool mayContain)
    {
        var state = new ListState { MayContain = mayContain };
        var pieceStart = from;
        var t = from;
        while (t < to)
        {
            var token = _t[t];
            switch (token.Kind)
            {
                case TokenKind.Word or TokenKind.Symbol when IsHeadingStart(t, from):
                    if (TryHeading(ref state, ref pieceStart, ref t, to))
                    {
                        continue;
                    }

                    t++;
                    continue;
                case TokenKind.Open when token.Partner > t && token.Partner < to:
                    if (IsAndGroup(t))
                    {
                        // "Glyceryl Stearate (and) PEG-100 Stearate": a trade-name blend, each component an entry.
                        EndPiece(ref state, pieceStart, t);
                        pieceStart = token.Partner + 1;
                    }

                    t = token.Partner + 1;
                    continue;
                case TokenKind.Separator or TokenKind.LineBreak:
                    EndPiece(ref state, pieceStart, t);
                    if (token.Kind == TokenKind.LineBreak)
                    {
                        state.SkipAll = false;
                    }

                    pieceStart = t = t + 1;
                    continue;
                case TokenKind.Period when IsSentenceEnd(t, to):
                    EndPiece(ref state, pieceStart, t);
                    pieceStart = t = t + 1;
                    continue;
                case TokenKind.Percent when _t.Is(t - 1, TokenKind.Number) && HasWordBefore(pieceStart, t - 1):
                    {
                        // Drug facts glue the next name to a percentage: "Octinoxate 7.5%Water".
                        var after = SkipPercentSuffix(t + 1, to);
                        EndPiece(ref state, pieceStart, after);
                        pieceStart = t = after;
                        continue;
                    }

                case TokenKind.Colon when !(_t.Is(t - 1, TokenKind.Number) && _t.Is(t + 1, TokenKind.Number) && !_t[t + 1].SpaceBefore):
                    OnColon(ref state, pieceStart, t, to);
                    pieceStart = t = t + 1;
                    continue;
                default:
                    t++;
                    continue;
            }
        }

        EndPiece(ref state, pieceStart, to);
    }

    /// <summary>Reacts to a heading phrase at <paramref name="t"/>; true when the scan moved on past it.</summary>
    private bool TryHeading(ref ListState state, ref int pieceStart, ref int t, int to)
    {
        if (!LabelVocabulary.TryMatchHeading(_t, t, to, out var kind, out var headingEnd))
        {
            return false;
        }

        var after = SkipHeadingJunk(kind, headingEnd, to, out var colon);
        switch (kind)
        {
            case HeadingKind.List or HeadingKind.Actives or HeadingKind.Continuation:
                if (!colon && !LooksLikeColonlessHeading(kind, pieceStart, t, headingEnd, after, to))
                {
                    t = headingEnd; // a word of a sentence, not a heading
                    return true;
                }

                if (kind == HeadingKind.Continuation && !state.SkipAll && !state.Description)
                {
                    EndPiece(ref state, pieceStart, t); // the last active, glued to "Inactive Ingredients"
                }
                else
                {
                    Drop(pieceStart, t, DropReason.Heading); // a product name glued before a list heading ("Toner Ingredients:")
                }

                if (!_seenListHeading && kind != HeadingKind.Continuation && (colon || _entries.Count <= 3))
                {
                    DropEntriesSoFar(); // everything before the first list heading was marketing
                }

                _seenListHeading = true;
                _inActives = kind == HeadingKind.Actives;
                state = state with { MayContain = false, SkipAll = false, SkipOnePiece = false, Description = false };
                break;
            case HeadingKind.MayContain:
                if (state.SkipAll)
                {
                    t = headingEnd;
                    return true;
                }

                EndPiece(ref state, pieceStart, t); // "… Phenoxyethanol May Contain: …" with the comma missing
                state = state with { MayContain = true, SkipAll = false, Description = false };
                break;
            case HeadingKind.Description:
                EndPiece(ref state, pieceStart, t);
                state = state with { Description = true, SkipAll = false };
                break;
            default:
                EndPiece(ref state, pieceStart, t);
                state.SkipAll = true;
                break;
        }

        Drop(t, after, DropReason.Heading);
        pieceStart = t = after;
        return true;
    }

    /// <summary>
    /// A colon not consumed by a known heading. Before prose, or after a percentage (<c>-2% Salicylic Acid (BHA): unclogs
    /// pores</c>), the name before it is a key-ingredient description; otherwise it is a heading (<c>Cleanser:</c> starts a
    /// list, <c>Product Name:</c> announces a name).
    /// </summary>
    private void OnColon(ref ListState state, int pieceStart, int colon, int to)
    {
        if (state.SkipAll)
        {
            return;
        }

        var productHeading = false;
        for (var k = pieceStart; k < colon && !productHeading; k++)
        {
            productHeading = _t.Is(k, TokenKind.Word) && LabelVocabulary.IsProductHeadingWord(_t.TextOf(k));
        }

        if (!productHeading && (state.Description || StartsWithPercentage(pieceStart, colon) || NextPieceIsProse(colon + 1, to)))
        {
            EmitDescription(pieceStart, colon);
            state = state with { Description = true, MayContain = false, SkipOnePiece = false };
            Drop(colon, colon + 1, DropReason.Prose);
            return;
        }

        Drop(pieceStart, colon + 1, DropReason.Heading);
        state = state with { MayContain = false, SkipOnePiece = productHeading };
    }

    private void EndPiece(ref ListState state, int start, int end)
    {
        if (state.SkipAll)
        {
            Drop(start, end, DropReason.Prose);
            return;
        }

        if (state.SkipOnePiece)
        {
            if (HasLetterOrDigit(start, end))
            {
                state.SkipOnePiece = false;
            }

            Drop(start, end, DropReason.Heading);
            return;
        }

        if (state.Description)
        {
            Drop(start, end, DropReason.Prose);
            return;
        }

        ReadPiece(start, end, state.MayContain);
    }

    /// <summary>One piece of text between separators: zero or more entries.</summary>
    private void ReadPiece(int start, int end, bool mayContain)
    {
        var (from, to) = Trim(start, end);
        if (from >= to)
        {
            return;
        }

        if (IsFootnote(from, to))
        {
            Drop(from, to, DropReason.Footnote);
            return;
        }

        if (IsReferenceCode(from, to))
        {
            Drop(from, to, DropReason.ReferenceCode);
            return;
        }

        var cut = GluedFootnoteAt(from, to);
        if (cut < to)
        {
            Drop(cut, to, DropReason.Footnote);
            (from, to) = Trim(from, cut);
            if (from >= to) return;
        }

        if (IsAmountOnly(from, to))
        {
            Drop(from, to, DropReason.Amount);
            return;
        }

        if (IsProse(from, to))
        {
            Drop(from, to, DropReason.Prose);
            return;
        }

        if (_inActives && !StripPurposes(ref from, ref to))
        {
            return;
        }

        if (_t[from].Kind == TokenKind.Open && _t[from].Partner == to - 1)
        {
            // The whole piece is one bracket group: a Python-style list, or "[CI 77491, CI 77492]" after a heading.
            ScanNested(from + 1, to - 1, mayContain);
            return;
        }

        var firstMay = -1;
        var lastMayClose = -1;
        var blend = false;
        for (var k = from; k < to; k++)
        {
            if (_t[k].Kind != TokenKind.Open || _t[k].Partner <= k || _t[k].Partner >= to) continue;
            var kind = EntryGroups.Classify(_t, k);
            if (kind == GroupKind.MayContain)
            {
                firstMay = firstMay < 0 ? k : firstMay;
                lastMayClose = _t[k].Partner;
            }

            blend |= kind == GroupKind.Blend;
            k = _t[k].Partner;
        }

        if (blend)
        {
            // A blend's trade name is not an INCI name: only its components become entries.
            var k = from;
            while (k < to)
            {
                if (_t[k].Kind == TokenKind.Open && _t[k].Partner > k && _t[k].Partner < to)
                {
                    var close = _t[k].Partner;
                    var kind = EntryGroups.Classify(_t, k);
                    if (kind is GroupKind.Blend or GroupKind.MayContain)
                    {
                        ScanNested(k + 1, close, mayContain || kind == GroupKind.MayContain);
                    }

                    k = close + 1;
                    continue;
                }

                Drop(k, k + 1, DropReason.TradeName);
                k++;
            }

            return;
        }

        var hostStart = from;
        var hostEnd = firstMay < 0 ? to : firstMay;
        if (firstMay >= 0 && !HasLetterOrDigit(hostStart, hostEnd))
        {
            hostStart = lastMayClose + 1; // "[+/-: CI 77491] Talc"
            hostEnd = to;
        }

        (hostStart, hostEnd) = Trim(hostStart, hostEnd);
        if (hostStart < hostEnd && HasLetterOrDigit(hostStart, hostEnd))
        {
            _entries.Add(new RawEntry(hostStart, hostEnd, mayContain, EntryOrigin.Label));
        }

        for (var k = from; k < to; k++)
        {
            if (_t[k].Kind == TokenKind.Open && _t[k].Partner > k && _t[k].Partner < to)
            {
                if (EntryGroups.Classify(_t, k) == GroupKind.MayContain && (k < hostStart || k >= hostEnd))
                {
                    ScanNested(k + 1, _t[k].Partner, mayContain: true);
                }

                k = _t[k].Partner;
            }
        }
    }

    private void EmitDescription(int start, int colon)
    {
        var (from, to) = Trim(start, colon);
        if (from < to && HasLetterOrDigit(from, to))
        {
            _entries.Add(new RawEntry(from, to, false, EntryOrigin.Description));
        }
    }

    private void ScanNested(int from, int to, bool mayContain)
    {
        if (_nesting >= MaxNesting)
        {
            Drop(from, to, DropReason.Prose);
            return;
        }

        _nesting++;
        ScanList(from, to, mayContain);
        _nesting--;
    }

    private void DropEntriesSoFar()
    {
        foreach (var entry in _entries)
        {
            Drop(entry.First, entry.End, DropReason.Marketing);
        }

        _entries.Clear();
    }

    private void Drop(int first, int end, DropReason reason)
    {
        if (first < end && HasLetterOrDigit(first, end))
        {
            _dropped.Add(new DroppedText(_t[first].Start, _t[end - 1].End, reason));
        }
    }

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
        var (before, beforeEnd) = Trim(from, heading);
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

    private bool IsAndGroup(int open) => EntryGroups.IsAndGroup(_t, open);

    /// <summary>A full stop ends an entry when a blank or the end follows, except in <c>C.I. 77491</c> and before numbers.</summary>
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

        return dot + 1 >= to || _t[dot + 1].Kind != TokenKind.Number;
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

    private bool StartsWithPercentage(int from, int colon)
    {
        var (k, _) = Trim(from, colon);
        return _t.Is(k, TokenKind.Number) && _t.Is(k + 1, TokenKind.Percent);
    }

    /// <summary>The piece after a colon reads as a sentence ("helps to exfoliate …").</summary>
    private bool NextPieceIsProse(int from, int to)
    {
        var end = from;
        while (end < to && _t[end].Kind is not (TokenKind.Separator or TokenKind.LineBreak or TokenKind.Colon) && !(_t[end].Kind == TokenKind.Period && IsSentenceEnd(end, to))
               && !(_t[end].Kind == TokenKind.Word && LabelVocabulary.TryMatchHeading(_t, end, to, out _, out _)))
        {
            end++;
        }

        var (a, b) = Trim(from, end);
        return a < b && IsProse(a, b);
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

    /// <summary>Footnote lines: <c>*organic</c>, <c>**from organic farming</c>, <c>(*) certified organic</c>, a lone <c>**</c>.</summary>
    private bool IsFootnote(int from, int to)
    {
        var first = _t[from];
        if (first.Kind != TokenKind.Footnote && !(first.Kind == TokenKind.Open && _t.Is(from + 1, TokenKind.Footnote)))
        {
            return false;
        }

        // A footnote announces itself in its first words; looking further would make "* * * …" quadratic.
        var window = Math.Min(to, from + FootnoteWindowTokens);
        var words = 0;
        for (var k = from; k < window; k++)
        {
            if (_t[k].Kind != TokenKind.Word) continue;
            if (LabelVocabulary.IsFootnoteWord(_t.TextOf(k))) return true;
            words++;
        }

        return words == 0 && window == to;
    }

    /// <summary>Manufacturers' formula codes printed after the list: <c>(F.I.L. B166155/2)</c>, <c>&lt;ILN41209&gt;</c>.</summary>
    private bool IsReferenceCode(int from, int to)
    {
        var k = from;
        while (k < to && _t[k].Kind is TokenKind.Open or TokenKind.Noise) k++;
        if (k >= to || _t[k].Kind != TokenKind.Word) return false;
        if (_t.IsWord(k, "fil")) return true;
        if (_t.IsWord(k, "f") && _t.Is(k + 1, TokenKind.Period) && _t.IsWord(k + 2, "i")) return true;
        var word = _t.TextOf(k);
        return word.Length > 3 && word.StartsWith("ILN", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(word[3]);
    }

    /// <summary><c>Tocopherol* *Organic</c>: a footnote glued to the last entry without a separator; returns where it starts.</summary>
    private int GluedFootnoteAt(int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            var token = _t[k];
            if (token.Kind == TokenKind.Open && token.Partner > k && token.Partner < to)
            {
                k = token.Partner;
                continue;
            }

            if (token.Kind == TokenKind.Footnote && token.SpaceBefore && IsFootnote(k, to))
            {
                return k;
            }
        }

        return to;
    }

    /// <summary><c>4% (40 mg/g)</c>, <c>7.5%</c>: a percentage with no name outside brackets.</summary>
    private bool IsAmountOnly(int from, int to)
    {
        var percent = false;
        for (var k = from; k < to; k++)
        {
            var token = _t[k];
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
    private bool IsProse(int from, int to)
    {
        var words = 0;
        var prose = 0;
        for (var k = from; k < to; k++)
        {
            var token = _t[k];
            if (token.Kind == TokenKind.Open && token.Partner > k && token.Partner < to)
            {
                k = token.Partner;
                continue;
            }

            if (token.Kind != TokenKind.Word) continue;
            words++;
            prose += LabelVocabulary.IsProseWord(_t.TextOf(k)) ? 1 : 0;
        }

        return prose >= 2 || (prose > 0 && (prose == words || words >= 6));
    }

    /// <summary>Drug facts print a purpose next to each active: "Avobenzone 3% Sunscreen". False when nothing is left.</summary>
    private bool StripPurposes(ref int from, ref int to)
    {
        var lead = LabelVocabulary.PurposeAt(_t, from, to);
        if (lead > 0)
        {
            Drop(from, from + lead, DropReason.Purpose);
            (from, to) = Trim(from + lead, to);
        }

        if (from >= to) return false;
        var trail = LabelVocabulary.PurposeBefore(_t, from, to);
        if (trail > 0 && trail < to - from)
        {
            Drop(to - trail, to, DropReason.Purpose);
            (from, to) = Trim(from, to - trail);
        }

        return from < to;
    }

    /// <summary>Trims separators, full stops, dashes, colons, quotes, noise and brackets unpaired within the span.</summary>
    private (int From, int To) Trim(int from, int to)
    {
        while (from < to && IsTrimmable(from, from, to)) from++;
        while (to > from && IsTrimmable(to - 1, from, to)) to--;
        return (from, to);
    }

    private bool IsTrimmable(int k, int from, int to)
    {
        var token = _t[k];
        return token.Kind switch
        {
            TokenKind.Word or TokenKind.Number or TokenKind.Footnote or TokenKind.Percent => false,
            TokenKind.Open or TokenKind.Close => token.Partner < from || token.Partner >= to,
            TokenKind.Symbol => _t.Text[token.Start] == '=',
            _ => true,
        };
    }

    private bool HasLetterOrDigit(int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (_t[k].Kind is TokenKind.Word or TokenKind.Number) return true;
        }

        return false;
    }
}
