namespace Compatibility.Core.Labels.Reading;

/// <summary>The structure pass, part 2: one piece of text between separators to zero or more entries.</summary>
internal sealed partial class LabelStructure
{
    private void ReadPiece(int start, int end, bool mayContain, bool proseList)
    {
        var (from, to) = LabelPieces.Trim(_t, start, end);
        if (from >= to)
        {
            return;
        }

        if (LabelPieces.IsFootnote(_t, from, to))
        {
            Drop(from, to, DropReason.Footnote);
            return;
        }

        if (LabelPieces.IsReferenceCode(_t, from, to))
        {
            Drop(from, to, DropReason.ReferenceCode);
            return;
        }

        var cut = GluedFootnoteAt(from, to);
        if (cut < to)
        {
            Drop(cut, to, DropReason.Footnote);
            (from, to) = LabelPieces.Trim(_t, from, cut);
            if (from >= to) return;
        }

        if (LabelPieces.IsAmountOnly(_t, from, to))
        {
            // "Hydroquinone USP, 4% (40 mg/g)": the strength belongs to the name before the comma.
            if (!TryExtendPrevious(from, to, mayContain)) Drop(from, to, DropReason.Amount);
            return;
        }

        if (proseList)
        {
            CutLeadIn(ref from, to);
        }

        if (_t.IsWord(from, "and") && LabelPieces.HasLetterOrDigit(_t, from + 1, to))
        {
            Drop(from, from + 1, DropReason.Prose); // "…, and sodium hydroxide."
            (from, to) = LabelPieces.Trim(_t, from + 1, to);
        }

        if (LabelPieces.IsProse(_t, from, to))
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

        // "Talc [+/-: CI 77491, CI 77492]", "[+/-: CI 77491] Talc": may-contain groups are lists of their own; the text
        // around them is the entry.
        var segment = from;
        for (var k = from; k < to; k++)
        {
            if (_t[k].Kind != TokenKind.Open || _t[k].Partner <= k || _t[k].Partner >= to) continue;
            var close = _t[k].Partner;
            if (EntryGroups.Classify(_t, k) == GroupKind.MayContain)
            {
                AddEntry(segment, k, mayContain);
                ScanNested(k + 1, close, mayContain: true);
                segment = close + 1;
            }

            k = close;
        }

        AddEntry(segment, to, mayContain);
    }

    private void AddEntry(int start, int end, bool mayContain)
    {
        var (a, b) = LabelPieces.Trim(_t, start, end);
        if (a < b && LabelPieces.HasLetterOrDigit(_t, a, b))
        {
            _entries.Add(new RawEntry(a, b, mayContain, EntryOrigin.Label));
        }
    }

    /// <summary>A piece of a marketing sentence: the names after a connector are descriptions, the rest is prose.</summary>
    private void ReadProseSentencePiece(ref ListState state, int start, int end)
    {
        var segment = start;
        for (var k = start; k < end; k++)
        {
            var token = _t[k];
            if (token.Kind == TokenKind.Open && token.Partner > k && token.Partner < end)
            {
                k = token.Partner;
                continue;
            }

            if (token.Kind == TokenKind.Word && (k == start || token.SpaceBefore) && LabelVocabulary.IsConnector(_t.TextOf(k)))
            {
                ReadProseSegment(ref state, segment, k);
                Drop(k, k + 1, DropReason.Prose);
                state.AfterConnector = true;
                segment = k + 1;
            }
        }

        ReadProseSegment(ref state, segment, end);
    }

    private void ReadProseSegment(ref ListState state, int start, int end)
    {
        var (a, b) = LabelPieces.Trim(_t, start, end);
        if (a >= b)
        {
            return;
        }

        var determiner = LabelPieces.StartsWithDeterminer(_t, a, b);
        var negated = _t.IsWord(a, "no") || _t.IsWord(a, "not") || _t.IsWord(a, "without"); // "… contains no parabens"
        if (!state.AfterConnector || determiner || negated || LabelPieces.IsProse(_t, a, b) || LabelPieces.IsFootnote(_t, a, b))
        {
            Drop(a, b, DropReason.Prose);
            state.AfterConnector &= !(determiner || negated); // "… in a 30ml glass dropper", "… no parabens, sulfates": no names
            return;
        }

        EmitDescriptionNames(a, b, tentative: true);
    }

    /// <summary>
    /// Names of key-ingredient text as description entries, split at a plain <c>and</c> (<c>Blend 25% (…) and Salicylic
    /// Acid (BHA) 2%</c>); prose among them is dropped.
    /// </summary>
    private void EmitDescriptionNames(int start, int end, bool tentative)
    {
        var part = start;
        for (var k = start; k <= end; k++)
        {
            if (k < end && _t[k].Kind == TokenKind.Open && _t[k].Partner > k && _t[k].Partner < end)
            {
                k = _t[k].Partner;
                continue;
            }

            if (k < end && !_t.IsWord(k, "and"))
            {
                continue;
            }

            var (a, b) = LabelPieces.Trim(_t, part, k);
            var footnote = a < b ? GluedFootnoteAt(a, b) : b;
            Drop(footnote, b, DropReason.Footnote);
            (a, b) = LabelPieces.Trim(_t, a, footnote);
            if (a < b && LabelPieces.HasLetterOrDigit(_t, a, b) && !LabelPieces.IsProse(_t, a, b) && !LabelPieces.IsFootnote(_t, a, b))
            {
                _entries.Add(new RawEntry(a, b, false, EntryOrigin.Description, tentative));
            }
            else
            {
                Drop(a, b, DropReason.Prose);
            }

            Drop(k, Math.Min(k + 1, end), DropReason.Prose);
            part = k + 1;
        }
    }

    /// <summary>Joins an amount printed after a comma to the entry right before it, when nothing but the comma lies between.</summary>
    private bool TryExtendPrevious(int from, int to, bool mayContain)
    {
        if (_entries.Count == 0)
        {
            return false;
        }

        var last = _entries[^1];
        if (last.End > from || last.Origin != EntryOrigin.Label || last.MayContain != mayContain)
        {
            return false;
        }

        for (var k = last.End; k < from; k++)
        {
            if (_t[k].Kind != TokenKind.Separator || _t.Text[_t[k].Start] != ',') return false;
        }

        _entries[^1] = last with { End = to };
        return true;
    }

    /// <summary>Drug prose after <c>contains:</c> leads into the first name: <c>in a vanishing cream base of aqua (water)</c>.</summary>
    private void CutLeadIn(ref int from, int to)
    {
        if (!_t.Is(from, TokenKind.Word) || !LabelVocabulary.IsProseWord(_t.TextOf(from)))
        {
            return;
        }

        for (var k = to - 2; k > from; k--)
        {
            if (_t.IsWord(k, "of") || _t.IsWord(k, "with") || _t.IsWord(k, "containing"))
            {
                if (!LabelPieces.HasLetterOrDigit(_t, k + 1, to) || LabelPieces.IsProse(_t, k + 1, to)) return;
                Drop(from, k + 1, DropReason.Prose);
                from = k + 1;
                return;
            }
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

            if (token.Kind == TokenKind.Footnote && token.SpaceBefore && LabelPieces.IsFootnote(_t, k, to))
            {
                return k;
            }
        }

        return to;
    }

    /// <summary>Drug facts print a purpose next to each active: "Avobenzone 3% Sunscreen". False when nothing is left.</summary>
    private bool StripPurposes(ref int from, ref int to)
    {
        var lead = LabelVocabulary.PurposeAt(_t, from, to);
        if (lead > 0)
        {
            Drop(from, from + lead, DropReason.Purpose);
            (from, to) = LabelPieces.Trim(_t, from + lead, to);
        }

        if (from >= to) return false;
        var trail = LabelVocabulary.PurposeBefore(_t, from, to);
        if (trail > 0 && trail < to - from)
        {
            Drop(to - trail, to, DropReason.Purpose);
            (from, to) = LabelPieces.Trim(_t, from, to - trail);
        }

        return from < to;
    }
}
