namespace Compatibility.Core.Labels.Parsing;

/// <summary>
/// The piece reader: one piece of text between separators becomes zero or more entries. Handles footnotes,
/// prose, drug-facts purposes, bracket groups (synonyms, may-contain blocks, trade-name blends) and candidates.
/// </summary>
internal sealed partial class LabelScanner
{
    private const int MaxGroups = 16;

    private void ReadPiece(int start, int end, bool mayContain)
    {
        Trim(ref start, ref end);
        if (start >= end || IsFootnote(start, end) || IsReferenceCode(start, end))
        {
            return;
        }

        end = CutGluedFootnote(start, end);
        Trim(ref start, ref end);
        if (start >= end || IsProse(start, end))
        {
            return;
        }

        if (_inActives && !StripPurposes(ref start, ref end))
        {
            return;
        }

        Span<BracketGroup> buffer = stackalloc BracketGroup[MaxGroups];
        var groups = buffer[..CollectGroups(start, end, buffer)];
        if (groups.Length == 1 && groups[0].Open == start && groups[0].Close == end - 1)
        {
            // The whole piece is one bracket group: a Python-style list, or "[CI 77491, CI 77492]" after a heading.
            ScanNested(start + 1, end - 1, mayContain);
            return;
        }

        var hasBlend = false;
        var firstMay = -1;
        var lastMay = -1;
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g].Kind = Classify(groups[g]);
            hasBlend |= groups[g].Kind == GroupKind.Blend;
            if (groups[g].Kind == GroupKind.MayContain)
            {
                firstMay = firstMay < 0 ? g : firstMay;
                lastMay = g;
            }
        }

        if (!hasBlend)
        {
            var hostStart = start;
            var hostEnd = firstMay < 0 ? end : groups[firstMay].Open;
            if (firstMay >= 0 && IsBlank(hostStart, hostEnd))
            {
                hostStart = groups[lastMay].Close + 1;
                hostEnd = end;
            }

            Trim(ref hostStart, ref hostEnd);
            if (hostStart < hostEnd)
            {
                EmitHost(hostStart, hostEnd, groups, mayContain);
            }
        }

        // A blend's trade name is not an INCI name: only its components become entries.
        foreach (var group in groups)
        {
            if (group.Kind is GroupKind.Blend or GroupKind.MayContain)
            {
                ScanNested(group.Open + 1, group.Close, mayContain || group.Kind == GroupKind.MayContain);
            }
        }
    }

    private void ScanNested(int start, int end, bool mayContain)
    {
        if (_nesting >= MaxNesting)
        {
            return;
        }

        _nesting++;
        ScanList(start, end, mayContain);
        _nesting--;
    }

    private void EmitHost(int start, int end, ReadOnlySpan<BracketGroup> groups, bool mayContain)
    {
        var whole = BuildName(start, end, groups, skipSynonyms: false);
        if (whole is null)
        {
            return;
        }

        var input = InputText(start, end, whole);
        var hasSynonym = false;
        foreach (var group in groups)
        {
            hasSynonym |= group.Kind == GroupKind.Synonym && group.Open >= start && group.Close < end;
        }

        if (!hasSynonym && !whole.Contains('/') && !whole.Contains(" - ", StringComparison.Ordinal))
        {
            Emit(input, [whole], mayContain); // the common case: one plain name
            return;
        }

        var candidates = new List<string>(6) { whole };
        if (hasSynonym)
        {
            AddCandidate(candidates, BuildName(start, end, groups, skipSynonyms: true));
            foreach (var group in groups)
            {
                if (group.Kind == GroupKind.Synonym && group.Open >= start && group.Close < end)
                {
                    AddSynonymCandidates(candidates, group, end, groups);
                }
            }
        }

        var count = candidates.Count;
        for (var c = 0; c < count; c++)
        {
            AddSlashParts(candidates, candidates[c]);
            AddDashParts(candidates, candidates[c]);
        }

        Emit(input, candidates.ToArray(), mayContain);
    }

    /// <summary><c>Aqua (Water)</c> adds <c>Water</c>; <c>Mel (Honey) Extract</c> adds <c>Honey Extract</c>.</summary>
    private void AddSynonymCandidates(List<string> candidates, BracketGroup group, int end, ReadOnlySpan<BracketGroup> groups)
    {
        var content = _text.AsSpan(group.Open + 1, group.Close - group.Open - 1);
        if (IsBlankOrGroups(group.Close + 1, end, groups))
        {
            var inner = BuildName(group.Open + 1, group.Close, [], skipSynonyms: false);
            AddCandidate(candidates, inner);
            if (inner is not null && inner.Contains(','))
            {
                foreach (var part in inner.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    AddCandidate(candidates, part);
                }
            }

            return;
        }

        if (content.Contains(',') || CountWords(content) > 3)
        {
            return; // a description such as "(Extra Virgin, Cold Pressed Avocado)" is no name
        }

        BeginName();
        AppendName(group.Open + 1, group.Close, [], skipSynonyms: false);
        _pendingSpace = _length > 0;
        AppendName(group.Close + 1, end, groups, skipSynonyms: true);
        AddCandidate(candidates, FinishName());
    }

    /// <summary>
    /// <c>Parfum/Fragrance</c>, <c>Water/Aqua/Eau</c>, <c>Persea Gratissima Oil / Avocado Oil</c>: each part is a candidate,
    /// after the whole name. Only spaced slashes or single-word parts are alternatives; <c>Caprylic/Capric Triglyceride</c>
    /// and <c>Lactobacillus/Radish Root Ferment Filtrate</c> are one INCI name and stay whole.
    /// </summary>
    private static void AddSlashParts(List<string> candidates, string name)
    {
        if (name.IndexOf('/') < 0 || name.AsSpan().IndexOfAny('(', '[') >= 0
            || (!name.Contains(" /", StringComparison.Ordinal) && !name.Contains("/ ", StringComparison.Ordinal) && name.Contains(' ')))
        {
            return;
        }

        foreach (var part in name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length >= 2)
            {
                AddCandidate(candidates, part);
            }
        }
    }

    /// <summary><c>Tocopheryl Acetate – Vitamin E</c>: a spaced dash separates two names (hyphens inside names have no spaces).</summary>
    private static void AddDashParts(List<string> candidates, string name)
    {
        if (!name.Contains(" - ", StringComparison.Ordinal) || name.AsSpan().IndexOfAny('(', '[') >= 0)
        {
            return;
        }

        foreach (var part in name.Split(" - ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            AddCandidate(candidates, part);
        }
    }

    private static void AddCandidate(List<string> candidates, string? name)
    {
        if (name is null || name.Length == 0)
        {
            return;
        }

        foreach (var existing in candidates)
        {
            if (existing.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        candidates.Add(name);
    }

    private void Emit(string input, string[] candidates, bool mayContain) =>
        _entries.Add(new LabelEntry(_entries.Count + 1, input, candidates, mayContain));

    /// <summary>The entry as printed: trimmed, surrounding quotes of feeds removed; shares the name's string when equal.</summary>
    private string InputText(int start, int end, string name)
    {
        var span = _text.AsSpan(start, end - start);
        while (span.Length > 0 && (LabelChars.IsQuote(span[0]) || span[0] == '"'))
        {
            span = span[1..].TrimStart();
        }

        while (span.Length > 0 && (LabelChars.IsQuote(span[^1]) || span[^1] == '"'))
        {
            span = span[..^1].TrimEnd();
        }

        return span.SequenceEqual(name) ? name : span.ToString();
    }

    private GroupKind Classify(BracketGroup group)
    {
        var start = group.Open + 1;
        var end = group.Close;
        while (start < end && LabelChars.IsBlank(_text[start]))
        {
            start++;
        }

        if (start >= end)
        {
            return GroupKind.Noise;
        }

        if ((LabelChars.IsLetter(_text[start]) || _text[start] is '+' or '±')
            && LabelVocabulary.TryMatchMarker(_text, start, end, out var kind, out _)
            && kind == MarkerKind.MayContain)
        {
            return GroupKind.MayContain;
        }

        var letters = 0;
        var percent = false;
        for (var k = start; k < end; k++)
        {
            var c = _text[k];
            if (LabelChars.IsOpener(c) && _match[k] > k && _match[k] < end && IsAndGroup(k, _match[k]))
            {
                return GroupKind.Blend;
            }

            letters += LabelChars.IsLetter(c) ? 1 : 0;
            percent |= c == '%';
        }

        return letters == 0 || (percent && letters <= 3) ? GroupKind.Noise : GroupKind.Synonym;
    }

    private int CollectGroups(int start, int end, Span<BracketGroup> groups)
    {
        var count = 0;
        for (var k = start; k < end && count < groups.Length; k++)
        {
            if (LabelChars.IsOpener(_text[k]) && _match[k] > k && _match[k] < end)
            {
                groups[count++] = new BracketGroup(k, _match[k]);
                k = _match[k];
            }
        }

        return count;
    }

    /// <summary>Footnote lines: <c>*organic</c>, <c>**from organic farming</c>, <c>(*) certified organic</c>, a lone <c>**</c>.</summary>
    private bool IsFootnote(int start, int end)
    {
        var first = _text[start];
        if (!LabelChars.IsFootnoteMarker(first) && !(first == '(' && start + 1 < end && LabelChars.IsFootnoteMarker(_text[start + 1])))
        {
            return false;
        }

        var words = 0;
        foreach (var word in new WordEnumerator(_text.AsSpan(start, end - start)))
        {
            if (LabelVocabulary.IsFootnoteWord(word))
            {
                return true;
            }

            words++;
        }

        return words == 0;
    }

    /// <summary>Manufacturers' formula codes printed after the list: <c>(F.I.L. B166155/2)</c>, <c>&lt;ILN41209&gt;</c>.</summary>
    private bool IsReferenceCode(int start, int end)
    {
        var span = _text.AsSpan(start, end - start).TrimStart("<([ ");
        return span.StartsWith("F.I.L", StringComparison.OrdinalIgnoreCase)
            || span.StartsWith("FIL ", StringComparison.OrdinalIgnoreCase)
            || (span.Length > 3 && span.StartsWith("ILN", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(span[3]));
    }

    /// <summary><c>Tocopherol* *Organic</c>: a footnote glued to the last entry without a separator.</summary>
    private int CutGluedFootnote(int start, int end)
    {
        for (var k = start + 1; k < end; k++)
        {
            var c = _text[k];
            if (LabelChars.IsOpener(c) && _match[k] > k && _match[k] < end)
            {
                k = _match[k];
                continue;
            }

            if (LabelChars.IsFootnoteMarker(c) && LabelChars.IsBlank(_text[k - 1]) && IsFootnote(k, end))
            {
                return k;
            }
        }

        return end;
    }

    /// <summary>Marketing, directions and disclaimers: words that never occur in INCI names, outside brackets.</summary>
    private bool IsProse(int start, int end)
    {
        var words = 0;
        var prose = 0;
        var k = start;
        while (k < end)
        {
            var c = _text[k];
            if (LabelChars.IsOpener(c) && _match[k] > k && _match[k] < end)
            {
                k = _match[k] + 1;
                continue;
            }

            if (!LabelChars.IsLetter(c))
            {
                k++;
                continue;
            }

            var wordStart = k;
            while (k < end && LabelChars.IsLetter(_text[k]))
            {
                k++;
            }

            words++;
            if (k - wordStart <= 11 && LabelVocabulary.IsProseWord(_text.AsSpan(wordStart, k - wordStart)))
            {
                prose++;
            }
        }

        return prose >= 2 || (prose > 0 && (prose == words || words >= 6));
    }

    /// <summary>Drug facts print a purpose next to each active: "Avobenzone 3% Sunscreen". False when nothing is left.</summary>
    private bool StripPurposes(ref int start, ref int end)
    {
        var lead = LabelVocabulary.LeadingPurposeLength(_text.AsSpan(start, end - start));
        start += lead;
        Trim(ref start, ref end);
        if (start >= end)
        {
            return false;
        }

        end -= LabelVocabulary.TrailingPurposeLength(_text.AsSpan(start, end - start));
        Trim(ref start, ref end);
        return start < end;
    }

    /// <summary>Trims blanks, stray separators, full stops, bullets, dashes, quotes and unpaired brackets.</summary>
    private void Trim(ref int start, ref int end)
    {
        while (start < end && IsTrimmable(start, start, end))
        {
            start++;
        }

        while (end > start && IsTrimmable(end - 1, start, end))
        {
            end--;
        }
    }

    private bool IsTrimmable(int k, int start, int end)
    {
        var c = _text[k];
        if (LabelChars.IsOpener(c) || LabelChars.IsCloser(c))
        {
            var partner = _match[k];
            return partner < start || partner >= end;
        }

        return LabelChars.IsBlank(c) || LabelChars.IsListSeparator(c) || LabelChars.IsDash(c)
            || c is '.' or ':' or '=' or '"' or '“' or '”' or '<' or '>' || LabelChars.IsQuote(c);
    }

    private bool IsBlankOrGroups(int start, int end, ReadOnlySpan<BracketGroup> groups)
    {
        for (var k = start; k < end; k++)
        {
            var c = _text[k];
            if (LabelChars.IsOpener(c))
            {
                foreach (var group in groups)
                {
                    if (group.Open == k)
                    {
                        k = group.Close;
                        break;
                    }
                }

                continue;
            }

            if (LabelChars.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        var count = 0;
        foreach (var _ in new WordEnumerator(span))
        {
            count++;
        }

        return count;
    }
}
