namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// Stage 2: tokens to entries. Walks a list at bracket depth 0, splits it at separators, percentages and sentence ends,
/// reacts to headings (ingredient lists, drug-facts actives, may-contain blocks, key-ingredient prose, directions, kits)
/// and recurses into bracketed lists. Every fragment that does not become an entry is recorded with its reason.
/// Knows label layout only, never ingredient names.
/// </summary>
internal sealed partial class LabelStructure
{
    private const int MaxNesting = 8;
    private const int MaxHeadingTokens = 8;
    private const int MaxShadeNames = 6;

    private readonly LabelTokens _t;
    private readonly List<RawEntry> _entries;
    private readonly List<DroppedText> _dropped;
    private bool _seenListHeading;
    private bool _seenProductHeading;
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
        var state = new ListState { MayContain = mayContain, NameUntil = -1, SentenceStart = from, LineStart = from, LineEntries = _entries.Count };
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
                    t = token.Partner + 1;
                    continue;
                case TokenKind.Noise when LabelPieces.AngleCodeEnd(_t, t, to) is > 0 and var codeEnd:
                    // "… Benzyl Benzoate <ILN45755> Please be aware …": the code ends the list.
                    EndPiece(ref state, pieceStart, t);
                    Drop(t, codeEnd, DropReason.ReferenceCode);
                    pieceStart = t = codeEnd;
                    continue;
                case TokenKind.LineBreak when IsWrappedLine(state, pieceStart, t, to):
                    t++; // "Lysine⏎Carboxymethyl Cysteinate": the panel wrapped a name of a comma list
                    continue;
                case TokenKind.Separator or TokenKind.LineBreak:
                    EndPiece(ref state, pieceStart, t);
                    if (token.Kind == TokenKind.LineBreak)
                    {
                        OnLineBreak(ref state, t);
                    }
                    else
                    {
                        state.LineHasComma |= _t.Text[token.Start] is ',' or ';' or '，' or '；';
                    }

                    pieceStart = t = t + 1;
                    continue;
                case TokenKind.Period when IsSentenceEnd(t, to):
                    EndPiece(ref state, pieceStart, t);
                    OnSentenceEnd(ref state, t);
                    pieceStart = t = t + 1;
                    continue;
                case TokenKind.Percent when _t.Is(t - 1, TokenKind.Number) && HasWordBefore(pieceStart, t - 1):
                    {
                        // Drug facts glue the next name to a percentage: "Octinoxate 7.5%Water". A bracket right after the
                        // percentage still belongs to the entry: "Blend 25% (Glycolic + …)".
                        var after = SkipPercentSuffix(t + 1, to);
                        if (_t.Is(after, TokenKind.Open) && _t[after].Partner > after && _t[after].Partner < to)
                        {
                            after = _t[after].Partner + 1;
                        }

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

    private void OnLineBreak(ref ListState state, int t)
    {
        // A skip heading alone on its line ("Warnings⏎For external use only.") skips the next line as well.
        if (state.SkipAll && state.SkippedText)
        {
            state.SkipAll = false;
            state.SkippedText = false;
        }

        if (state.DescriptionInferred)
        {
            state.Description = false;
            state.DescriptionInferred = false;
        }

        state.DescriptionProse = false;
        state.ProseSentence = false;
        state.AfterConnector = false;
        state.SentenceStart = state.LineStart = t + 1;
        state.LineEntries = _entries.Count;
        state.LineHasComma = false;
    }

    private static void OnSentenceEnd(ref ListState state, int t)
    {
        state.SentenceStart = t + 1;
        state.ProseSentence = false;
        state.AfterConnector = false;
        state.DescriptionProse |= state.Description; // "Suitable for all skin types. Vegan and cruelty free."
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
            case HeadingKind.List or HeadingKind.Actives or HeadingKind.Continuation or HeadingKind.Contents:
                if (!colon && (kind == HeadingKind.Contents ? !_t.IsWord(state.SentenceStart, "each") : !LooksLikeColonlessHeading(kind, pieceStart, t, headingEnd, after, to)))
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
                state = Reset(state) with { ProseList = kind == HeadingKind.Contents };
                break;
            case HeadingKind.MayContain:
                if (state.SkipAll)
                {
                    t = headingEnd;
                    return true;
                }

                EndPiece(ref state, pieceStart, t); // "… Phenoxyethanol May Contain: …" with the comma missing
                state = Reset(state) with { MayContain = true };
                break;
            case HeadingKind.Description:
                EndPiece(ref state, pieceStart, t);
                state = Reset(state) with { Description = true };
                break;
            default:
                EndPiece(ref state, pieceStart, t);
                state = Reset(state) with { SkipAll = true };
                break;
        }

        Drop(t, after, DropReason.Heading);
        pieceStart = t = after;
        return true;
    }

    private static ListState Reset(ListState state) => state with
    {
        MayContain = false, SkipAll = false, SkippedText = false, SkipOnePiece = false, NameUntil = -1, Description = false,
        DescriptionInferred = false, DescriptionProse = false, ProseSentence = false, AfterConnector = false, ProseList = false,
    };

    /// <summary>
    /// A colon not consumed by a known heading. Before prose, or after a percentage (<c>-2% Salicylic Acid (BHA): unclogs
    /// pores</c>), the name before it is a key-ingredient description; otherwise it is a heading (<c>Cleanser:</c> starts a
    /// list, <c>Product Name:</c> and <c>SHADES:</c> announce names).
    /// </summary>
    private void OnColon(ref ListState state, int pieceStart, int colon, int to)
    {
        if (state.Description && state.DescriptionProse && !state.SkipAll && StartsDescriptionBullet(state, pieceStart, colon))
        {
            // "… and brighten. -2% Salicylic Acid: unclogs pores.": the next key ingredient of the same paragraph.
            EmitDescriptionNames(pieceStart, colon, tentative: false);
            Drop(colon, colon + 1, DropReason.Prose);
            return;
        }

        if (state.SkipAll || state.ProseSentence || (state.Description && state.DescriptionProse))
        {
            EndPiece(ref state, pieceStart, colon);
            return;
        }

        var productHeading = false;
        var namesFollow = false;
        for (var k = pieceStart; k < colon; k++)
        {
            if (!_t.Is(k, TokenKind.Word)) continue;
            namesFollow = LabelVocabulary.IsProductHeadingWord(_t.TextOf(k));
            productHeading |= namesFollow;
        }

        if (!productHeading && (state.Description || LabelPieces.StartsWithPercentage(_t, pieceStart, colon) || NextPieceIsProse(colon + 1, to)))
        {
            if (!state.Description && (IsBulletLine(state) || _entries.Count - state.LineEntries <= 1))
            {
                // "- Matcha (…), Milk Thistle, and Apple Extracts: Contain …": the line's names are one description.
                ConvertToDescriptions(state.LineEntries);
            }

            EmitDescriptionNames(pieceStart, colon, tentative: false);
            state.DescriptionInferred = !state.Description || state.DescriptionInferred;
            state = state with { Description = true, DescriptionProse = true, MayContain = false, SkipOnePiece = false, NameUntil = -1 };
            Drop(colon, colon + 1, DropReason.Prose);
            return;
        }

        if (productHeading && !_seenListHeading && !_seenProductHeading && _entries.Count <= 3)
        {
            DropEntriesSoFar(); // the kit's title before its first product ("Post-Procedure Kit⏎Step 1 – Cleanser:")
        }

        _seenProductHeading |= productHeading;

        Drop(pieceStart, colon + 1, DropReason.Heading);
        var names = namesFollow ? ShadeNamesEnd(colon + 1, to) : -1;
        state = state with { MayContain = false, SkipOnePiece = namesFollow && names < 0, NameUntil = names };
    }

    /// <summary>
    /// A piece that opens a sentence with a bullet dash or a percentage (<c>-2% Salicylic Acid</c>, <c>- Niacinamide</c>)
    /// before a colon: a key-ingredient name inside description prose. The analyser keeps it only if it names an active.
    /// </summary>
    private bool StartsDescriptionBullet(ListState state, int pieceStart, int colon)
    {
        if (pieceStart != state.SentenceStart || pieceStart >= colon || colon - pieceStart > MaxHeadingTokens)
        {
            return false;
        }

        return _t.Is(pieceStart, TokenKind.Dash) || LabelPieces.StartsWithPercentage(_t, pieceStart, colon);
    }

    private bool IsBulletLine(ListState state)
    {
        var first = state.LineStart;
        return _t.Is(first, TokenKind.Dash) || (_t.Is(first, TokenKind.Separator) && _t.Text[_t[first].Start] is not (',' or ';' or '|'));
    }

    /// <summary>
    /// After <c>SHADES:</c> the names in capitals run up to the first name of the list, glued to it (<c>HAPPY, GRATEFUL
    /// Hydrogenated Polyisobutene</c>): the token where the list starts, or -1 when the names are not told apart by case.
    /// </summary>
    private int ShadeNamesEnd(int from, int to)
    {
        var start = from;
        for (var pieces = 0; pieces < MaxShadeNames && start < to; pieces++)
        {
            var end = start;
            while (end < to && _t[end].Kind is not (TokenKind.Separator or TokenKind.LineBreak or TokenKind.Colon or TokenKind.Open)
                   && !(_t[end].Kind == TokenKind.Period && IsSentenceEnd(end, to)))
            {
                end++;
            }

            var (a, b) = LabelPieces.Trim(_t, start, end);
            if (a >= b || !LabelPieces.HasLetterOrDigit(_t, a, b))
            {
                return -1;
            }

            if (!LabelPieces.IsAllCapitals(_t, a, b))
            {
                var cut = LabelPieces.CapsTitleEnd(_t, a, b, minWords: 1);
                return cut > a ? cut : -1;
            }

            if (!_t.Is(end, TokenKind.Separator))
            {
                return -1;
            }

            start = end + 1;
        }

        return -1;
    }

    private void EndPiece(ref ListState state, int start, int end)
    {
        if (state.SkipAll)
        {
            state.SkippedText |= LabelPieces.HasLetterOrDigit(_t, start, end);
            Drop(start, end, DropReason.Prose);
            return;
        }

        if (state.NameUntil > start)
        {
            var cut = Math.Min(end, state.NameUntil);
            Drop(start, cut, DropReason.Heading);
            if (cut >= state.NameUntil) state.NameUntil = -1;
            start = cut;
            if (start >= end) return;
        }

        if (state.SkipOnePiece)
        {
            if (LabelPieces.HasLetterOrDigit(_t, start, end))
            {
                state.SkipOnePiece = false;
            }

            Drop(start, end, DropReason.Heading);
            return;
        }

        if (state.Description)
        {
            // Names until the line turns to prose: "Key Ingredients: Niacinamide, Zinc." but not "Suitable for all skin types".
            var (a, b) = LabelPieces.Trim(_t, start, end);
            state.DescriptionProse |= a < b && LabelPieces.IsProse(_t, a, b);
            if (state.DescriptionProse) Drop(start, end, DropReason.Prose);
            else EmitDescriptionNames(start, end, tentative: false);
            return;
        }

        if (start == state.SentenceStart)
        {
            var (a, b) = LabelPieces.Trim(_t, start, end);
            if (LabelPieces.StartsWithDeterminer(_t, a, b))
            {
                state.ProseSentence = true; // "A deeply hydrating, … oil containing Jojoba Seed Oil, …"
            }
            else if (a < b && LabelPieces.CapsTitleEnd(_t, a, b, minWords: 2) is var title && title > a)
            {
                Drop(a, title, DropReason.Heading); // ". BROW PENCIL C12-15 Alkyl Ethylhexanoate, …": a product's title
                start = title;
            }
        }

        if (state.ProseSentence)
        {
            ReadProseSentencePiece(ref state, start, end);
            return;
        }

        ReadPiece(start, end, state.MayContain, state.ProseList);
    }

    private void DropEntriesSoFar()
    {
        var kept = 0;
        for (var e = 0; e < _entries.Count; e++)
        {
            var entry = _entries[e];
            if (entry.Origin == EntryOrigin.Description && !entry.Tentative)
            {
                _entries[kept++] = entry; // announced key ingredients stay ("Key Ingredients: …. Full Ingredients List: …")
                continue;
            }

            Drop(entry.First, entry.End, DropReason.Marketing);
        }

        _entries.RemoveRange(kept, _entries.Count - kept);
    }

    private void ConvertToDescriptions(int from)
    {
        for (var e = from; e < _entries.Count; e++)
        {
            _entries[e] = _entries[e] with { Origin = EntryOrigin.Description };
        }
    }

    private void Drop(int first, int end, DropReason reason)
    {
        if (first < end && LabelPieces.HasLetterOrDigit(_t, first, end))
        {
            _dropped.Add(new DroppedText(_t[first].Start, _t[end - 1].End, reason));
        }
    }
}
