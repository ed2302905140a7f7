namespace Compatibility.Core.Labels.Reading;

/// <summary>Stage 3 for blends: the components of <c>A (and) B (and) C</c>, each a reading that names an ingredient of its own.</summary>
internal static class BlendComponents
{
    private const int MaxGroups = 8;

    /// <summary>
    /// The components of a blend, split at its <c>(and)</c> groups: each a name of its own, with a trailing bracket read
    /// as it would be on its own (<c>Methylisothiazolinone (Kathon CG)</c>).
    /// </summary>
    public static void Add(LabelTokens tokens, int from, int to, ref NameBuilder builder, List<EntryComponent> components)
    {
        var start = from;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Open || tokens[k].Partner <= k || tokens[k].Partner >= to) continue;
            if (EntryGroups.IsAndGroup(tokens, k))
            {
                AddOne(tokens, start, k, ref builder, components);
                start = tokens[k].Partner + 1;
            }

            k = tokens[k].Partner;
        }

        AddOne(tokens, start, to, ref builder, components);
    }

    private static void AddOne(LabelTokens tokens, int from, int to, ref NameBuilder builder, List<EntryComponent> components)
    {
        Span<int> groups = stackalloc int[MaxGroups];
        var count = 0;
        var trailing = -1;
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind != TokenKind.Open || tokens[k].Partner <= k || tokens[k].Partner >= to) continue;
            if (count < MaxGroups) groups[count++] = k;
            trailing = EntryGroups.Classify(tokens, k) == GroupKind.Name && !HasLetterOrDigit(tokens, tokens[k].Partner + 1, to) ? k : -1;
            k = tokens[k].Partner;
        }

        builder.Clear();
        builder.Append(from, to, groups[..count]);
        if (builder.Build() is not { } text) return;
        components.Add(new EntryComponent(text, ReadingKind.BlendComponent, [], NameParts.PartsOf(text), builder.Percent));
        if (trailing < 0) return;
        builder.Clear();
        builder.Append(trailing + 1, tokens[trailing].Partner, []);
        if (builder.Build() is { } bracket) components.Add(new EntryComponent(bracket, ReadingKind.Bracket, [], NameParts.BracketParts(bracket), builder.Percent));
    }

    private static bool HasLetterOrDigit(LabelTokens tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number) return true;
        }

        return false;
    }
}
