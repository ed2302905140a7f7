namespace Compatibility.Core.Labels.Reading;

/// <summary>The parts a name's text splits into (slash and spaced-dash sides, bracket lists) and its pharmacopoeia suffix.</summary>
internal static class NameParts
{
    /// <summary>
    /// <c>Parfum/Fragrance</c>, <c>CI 77891/Titanium Dioxide</c>, <c>Tocopheryl Acetate - Vitamin E</c>: the sides of
    /// a slash (not one between digits, as in <c>PEG/PPG-18/18</c>) or of a spaced dash.
    /// </summary>
    public static IReadOnlyList<string> PartsOf(string name)
    {
        if (!name.AsSpan().ContainsAny('/', '-'))
        {
            return []; // nothing to split: the common case, without the loop below
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

        // "Acrylamide/Sodium …" cut by a feed: a lone cation word is the start of a copolymer's next monomer, not a name.
        return parts is { Count: > 1 } && !parts.Any(IsLoneCation) ? parts : [];
    }

    private static bool IsLoneCation(string part) =>
        part.Equals("sodium", StringComparison.OrdinalIgnoreCase) || part.Equals("potassium", StringComparison.OrdinalIgnoreCase)
        || part.Equals("ammonium", StringComparison.OrdinalIgnoreCase) || part.Equals("calcium", StringComparison.OrdinalIgnoreCase)
        || part.Equals("magnesium", StringComparison.OrdinalIgnoreCase) || part.Equals("disodium", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>Hydroquinone USP</c>, <c>Glycerin NF</c>: drug labels add the pharmacopoeia after the name.</summary>
    public static string? PharmacopoeiaSuffix(string name)
    {
        // Every suffix ends in P, F, R or a stop: most names are ruled out by their last letter alone (a hot path).
        if (name.Length == 0 || name[^1] is not ('P' or 'p' or 'F' or 'f' or 'R' or 'r' or '.'))
        {
            return null;
        }

        foreach (var suffix in (ReadOnlySpan<string>)[" USP", " U.S.P", " U.S.P.", " NF", " N.F", " BP", " EP", " Ph. Eur", " Ph.Eur"])
        {
            if (name.Length > suffix.Length + 2 && name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return name[..^suffix.Length].TrimEnd();
            }
        }

        return null;
    }

    /// <summary><c>(Water/Eau)</c>, <c>(Water, Eau)</c>: a trailing bracket may list several names.</summary>
    public static IReadOnlyList<string> BracketParts(string content)
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
}
