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
        Span<int> noise = stackalloc int[MaxGroups];
        var groupCount = 0;
        var noiseCount = 0;
        for (var k = raw.First; k < raw.End; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Open || token.Partner <= k || token.Partner >= raw.End) continue;
            if (EntryGroups.Classify(tokens, k) == GroupKind.Name)
            {
                if (groupCount < MaxGroups) groups[groupCount++] = k;
            }
            else if (noiseCount < MaxGroups)
            {
                noise[noiseCount++] = k;
            }

            k = token.Partner;
        }

        var nameGroups = groups[..groupCount];
        builder.Append(raw.First, raw.End, noise[..noiseCount]);
        var input = InputOf(tokens, raw);
        var name = builder.Build(reuse: input) ?? input;
        var percent = builder.Percent;

        var alternatives = new List<string>(); // most entries have none: no array until one is added
        var qualified = LabelVocabulary.LeadingQualifierLength(name);
        if (qualified > 0) alternatives.Add(name[qualified..]);
        if (PharmacopoeiaSuffix(name) is { } plain) alternatives.Add(plain);
        if (raw.Origin == EntryOrigin.Description) AddDescriptionAlternatives(alternatives, name);

        var components = new List<EntryComponent>();
        if (nameGroups.Length > 0)
        {
            ReadGroups(tokens, raw, nameGroups, noise[..noiseCount], ref builder, components);
        }
        else
        {
            AddSplitParts(components, name, percent);
        }

        return new LabelEntry(position, input, name, alternatives, components, raw.MayContain, raw.Origin, percent,
            tokens[raw.First].Start, tokens[raw.End - 1].End);
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
                trailing.Add(new EntryComponent(content, ReadingKind.Bracket, [], BracketParts(content), builder.Percent));
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
            components.Insert(0, new EntryComponent(outside, ReadingKind.Outside, splices, PartsOf(outside), outsidePercent));
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

    /// <summary>
    /// <c>Parfum/Fragrance</c>, <c>CI 77891/Titanium Dioxide</c>, <c>Tocopheryl Acetate - Vitamin E</c>: the sides of
    /// a slash (not one between digits, as in <c>PEG/PPG-18/18</c>) or of a spaced dash.
    /// </summary>
    private static IReadOnlyList<string> PartsOf(string name)
    {
        if (!name.AsSpan().ContainsAny('/', '-'))
        {
            return []; // nothing to split at: most names
        }

        List<string>? parts = null;
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            var split = i == name.Length;
            var skip = 1;
            if (!split && name[i] == '/' && !(i > 0 && char.IsAsciiDigit(name[i - 1]) && i + 1 < name.Length && char.IsAsciiDigit(name[i + 1])))
            {
                split = true;
            }
            else if (!split && name[i] == '-' && i > 0 && name[i - 1] == ' ' && i + 1 < name.Length && name[i + 1] == ' ')
            {
                split = true;
            }

            if (!split) continue;
            if (i == name.Length && parts is null) return [];
            var part = name.AsSpan(start, i - start).Trim(" -/");
            if (part.Length >= 2)
            {
                (parts ??= []).Add(part.ToString());
            }

            start = i + skip;
        }

        return parts is { Count: > 1 } ? parts : [];
    }

    /// <summary><c>Hydroquinone USP</c>, <c>Glycerin NF</c>: drug labels add the pharmacopoeia after the name.</summary>
    private static string? PharmacopoeiaSuffix(string name)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[" USP", " NF", " BP", " EP", " Ph. Eur", " Ph.Eur"])
        {
            if (name.Length > suffix.Length + 2 && LabelChars.MayEqualIgnoringCase(name[^1], suffix[^1]) && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length].TrimEnd();
            }
        }

        return null;
    }

    /// <summary><c>(Water/Eau)</c>, <c>(Water, Eau)</c>: a trailing bracket may list several names.</summary>
    private static IReadOnlyList<string> BracketParts(string content)
    {
        if (!content.Contains(','))
        {
            return PartsOf(content);
        }

        var parts = new List<string>();
        foreach (var piece in content.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var sides = PartsOf(piece);
            if (sides.Count == 0) parts.Add(piece);
            else parts.AddRange(sides);
        }

        return parts;
    }

    private static void AddSplitParts(List<EntryComponent> components, string name, decimal? percent)
    {
        foreach (var part in PartsOf(name))
        {
            components.Add(new EntryComponent(part, ReadingKind.Part, [], [], percent));
        }
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
