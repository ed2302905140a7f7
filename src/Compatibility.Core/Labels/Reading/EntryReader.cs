namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// Stage 3: one entry's tokens to its readings. The whole name; the whole without qualifiers; and the components that
/// may each name an ingredient: the outside and a trailing bracket (<c>Water (Tretinoin)</c>), the sides of a slash or
/// a spaced dash (<c>Aqua/Retinol</c>), with a spliced common name (<c>Mel (Honey) Extract</c> → <c>Honey Extract</c>).
/// A bracket inside a name or a lower-case description bracket is a gloss. Pure: no catalogue, no state.
/// </summary>
internal static class EntryReader
{
    private const int MaxGroups = 8;
    private const int MaxSpliceWords = 3;

    private static readonly string[] DescriptionSuffixes = ["complex", "blend", "technology", "system", "booster", "concentrate"];

    public static LabelEntry Read(LabelTokens tokens, RawEntry raw, int position)
    {
        Span<char> buffer = stackalloc char[Math.Min(4096, (tokens[raw.End - 1].End - tokens[raw.First].Start) + 8)];
        var builder = new NameBuilder(tokens, buffer);

        Span<int> groups = stackalloc int[MaxGroups];
        Span<int> blends = stackalloc int[MaxGroups];
        Span<int> noise = stackalloc int[MaxGroups];
        var groupCount = 0;
        var blendCount = 0;
        var noiseCount = 0;
        var andGroups = false;
        for (var k = raw.First; k < raw.End; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Open || token.Partner <= k || token.Partner >= raw.End) continue;
            if (EntryGroups.IsAndGroup(tokens, k))
            {
                andGroups = true;
            }
            else
            {
                switch (EntryGroups.Classify(tokens, k))
                {
                    case GroupKind.Name:
                        if (groupCount < MaxGroups) groups[groupCount++] = k;
                        break;
                    case GroupKind.Blend:
                        if (blendCount < MaxGroups) blends[blendCount++] = k;
                        break;
                    default:
                        if (noiseCount < MaxGroups) noise[noiseCount++] = k;
                        break;
                }
            }

            k = token.Partner;
        }

        var nameGroups = groups[..groupCount];
        builder.Append(raw.First, raw.End, noise[..noiseCount]);
        var input = InputOf(tokens, raw);
        var name = builder.Build(reuse: input) ?? input;
        var percent = builder.Percent;

        // Most entries have no alternatives and no components: no list is made until one is added (a hot path).
        List<string>? alternatives = null;
        var qualified = LabelVocabulary.LeadingQualifierLength(name);
        if (qualified > 0) (alternatives ??= []).Add(name[qualified..]);
        if (LeadingAmountLength(tokens, raw) is > 0 and var amount)
        {
            builder.Clear();
            builder.Append(raw.First + amount, raw.End, noise[..noiseCount]);
            if (builder.Build() is { } rest) AddWithPharmacopoeia(alternatives ??= [], rest); // "40 mg of hydroquinone USP"
        }

        if (NameParts.PharmacopoeiaSuffix(name) is { } plain) (alternatives ??= []).Add(plain);

        List<EntryComponent>? components = null;
        if (andGroups)
        {
            components = [];
            BlendComponents.Add(tokens, raw.First, raw.End, ref builder, components);
        }
        else if (blendCount > 0)
        {
            components = [];
            // "SEPIPLUS 400 (Sodium Polyacrylate (and) …)": the trade name outside, the blend's components inside.
            Span<int> all = stackalloc int[groupCount + blendCount + noiseCount];
            nameGroups.CopyTo(all);
            blends[..blendCount].CopyTo(all[groupCount..]);
            noise[..noiseCount].CopyTo(all[(groupCount + blendCount)..]);
            builder.Clear();
            builder.Append(raw.First, raw.End, all);
            if (builder.Build() is { } outside) components.Add(new EntryComponent(outside, ReadingKind.Outside, [], [], builder.Percent));
            foreach (var open in blends[..blendCount])
            {
                BlendComponents.Add(tokens, open + 1, tokens[open].Partner, ref builder, components);
            }
        }
        else if (nameGroups.Length > 0)
        {
            components = [];
            ReadGroups(tokens, raw, nameGroups, noise[..noiseCount], ref builder, components);
        }
        else
        {
            components = SplitParts(name, percent);
        }

        if (raw.Origin == EntryOrigin.Description)
        {
            // Tails of the name outside its brackets: "Salicylic Acid (BHA)" must never be read as "(BHA)", the antioxidant.
            var outside = components?.Find(c => c.Kind == ReadingKind.Outside)?.Text ?? name;
            AddDescriptionAlternatives(alternatives ??= [], outside);
        }

        return new LabelEntry(position, input, name, (IReadOnlyList<string>?)alternatives ?? [], (IReadOnlyList<EntryComponent>?)components ?? [], raw.MayContain, raw.Origin, percent,
            tokens[raw.First].Start, tokens[raw.End - 1].End);
    }

    /// <summary>Tokens of a leading amount of drug prose: <c>40 mg of</c> in <c>40 mg of hydroquinone USP</c>; 0 if none.</summary>
    private static int LeadingAmountLength(LabelTokens tokens, RawEntry raw)
    {
        var k = raw.First;
        if (!tokens.Is(k, TokenKind.Number) || !tokens.Is(k + 1, TokenKind.Word) || !LabelVocabulary.IsUnit(tokens.TextOf(k + 1)))
        {
            return 0;
        }

        return tokens.IsWord(k + 2, "of") && k + 3 < raw.End ? 3 : 0;
    }

    private static void AddWithPharmacopoeia(List<string> alternatives, string name)
    {
        alternatives.Add(name);
        if (NameParts.PharmacopoeiaSuffix(name) is { } plain) alternatives.Add(plain);
    }

    private static void ReadGroups(LabelTokens tokens, RawEntry raw, ReadOnlySpan<int> groups, ReadOnlySpan<int> noise, ref NameBuilder builder, List<EntryComponent> components)
    {
        Span<int> all = stackalloc int[groups.Length + noise.Length];
        groups.CopyTo(all);
        noise.CopyTo(all[groups.Length..]);

        builder.Clear();
        builder.Append(raw.First, raw.End, all);
        var outside = builder.Build();
        var outsidePercent = builder.Percent;
        var ownPercent = builder.OwnPercent;
        var splices = new List<string>(1);
        var trailing = new List<EntryComponent>(1);

        foreach (var open in groups)
        {
            var close = tokens[open].Partner;
            builder.Clear();
            builder.Append(open + 1, close, noise);
            var content = builder.Build();
            if (content is null) continue;

            var atEnd = !HasLetterOrDigitOutside(tokens, close + 1, raw.End, all);
            if (atEnd && !IsDescription(tokens, open, close, raw))
            {
                trailing.Add(new EntryComponent(content, ReadingKind.Bracket, [], NameParts.BracketParts(content), builder.Percent));
                continue;
            }

            components.Add(new EntryComponent(content, ReadingKind.Gloss, [], [], builder.Percent));
            if (!atEnd && WordCount(tokens, open + 1, close) <= MaxSpliceWords && !HasSeparator(tokens, open + 1, close))
            {
                // "Mel (Honey) Extract": the gloss names the plant, the rest of the name the part.
                builder.Clear();
                builder.Append(open + 1, close, noise);
                builder.Append(close + 1, raw.End, all);
                if (builder.Build() is { } spliced) splices.Add(spliced);
            }
        }

        if (outside is not null)
        {
            // "Glycerin (Glycolic Acid 10%)": the bracket's percentage is the bracket's, not the glycerin's.
            if (trailing.Exists(c => c.Percent is not null)) outsidePercent = ownPercent;
            if (NameParts.PharmacopoeiaSuffix(outside) is { } plain) splices.Add(plain); // "Adapalene USP, 0.1% (retinoid)"
            components.Insert(0, new EntryComponent(outside, ReadingKind.Outside, splices, NameParts.PartsOf(outside), outsidePercent));
        }

        components.AddRange(trailing);
    }

    /// <summary>A bracket that describes rather than names: all lower case beside a capitalised name (<c>(exfoliant)</c>).</summary>
    private static bool IsDescription(LabelTokens tokens, int open, int close, RawEntry raw)
    {
        var contentHasUpper = false;
        for (var k = open + 1; k < close; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && HasUpper(tokens.TextOf(k))) contentHasUpper = true;
            if (tokens[k].Kind == TokenKind.Number) return false; // "(ci 77491)" names a colour
        }

        if (contentHasUpper) return false;
        for (var k = raw.First; k < open; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && HasUpper(tokens.TextOf(k))) return true;
        }

        return false;
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c)) return true;
        }

        return false;
    }

    private static List<EntryComponent>? SplitParts(string name, decimal? percent)
    {
        var parts = NameParts.PartsOf(name);
        if (parts.Count == 0) return null;
        var components = new List<EntryComponent>(parts.Count);
        foreach (var part in parts)
        {
            components.Add(new EntryComponent(part, ReadingKind.Part, [], [], percent));
        }

        return components;
    }

    /// <summary>Key-ingredient names carry marketing words: "Glycolic Acid Complex", "reduces redness Hyaluronic Acid".</summary>
    private static void AddDescriptionAlternatives(List<string> alternatives, string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = words.Length;
        while (end > 1 && DescriptionSuffixes.Contains(words[end - 1].ToLowerInvariant())) end--;
        if (end < words.Length) alternatives.Add(string.Join(' ', words[..end]));
        for (var take = Math.Min(4, end - 1); take >= 1; take--)
        {
            alternatives.Add(string.Join(' ', words[(end - take)..end]));
        }
    }

    private static string InputOf(LabelTokens tokens, RawEntry raw)
    {
        var first = raw.First;
        var end = raw.End;
        while (first < end && tokens[first].Kind == TokenKind.Quote) first++;
        while (end > first && tokens[end - 1].Kind == TokenKind.Quote) end--;
        if (first >= end) (first, end) = (raw.First, raw.End);
        return tokens.Text[tokens[first].Start..tokens[end - 1].End];
    }

    private static bool HasLetterOrDigitOutside(LabelTokens tokens, int from, int to, ReadOnlySpan<int> groups)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Open && groups.Contains(k))
            {
                k = tokens[k].Partner;
                continue;
            }

            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number) return true;
        }

        return false;
    }

    private static int WordCount(LabelTokens tokens, int from, int to)
    {
        var count = 0;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind == TokenKind.Word) count++;
        }

        return count;
    }

    private static bool HasSeparator(LabelTokens tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind is TokenKind.Separator or TokenKind.Slash or TokenKind.Open) return true;
        }

        return false;
    }
}
