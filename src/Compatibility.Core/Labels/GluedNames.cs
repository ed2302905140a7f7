using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>
/// Names a label printed one after another after a retailer lost the slashes between them (<c>Water Aqua</c>,
/// <c>Euphorbia Cerifera Wax Candelilla CeraCire De Candelilla</c>). The words are split into the fewest names that each
/// match the catalogue exactly, with at most a translation at the end (<c>Cire De Candelilla</c>). The split counts only
/// when every name is one substance: two different ingredients glued together stay unrecognised, as guessing where one
/// ends would be.
/// </summary>
internal static class GluedNames
{
    private const int MaxWords = 16;
    private const int MaxNameWords = 6;

    /// <summary>The names, in label order, or null when the words do not split into names of one substance.</summary>
    public static IReadOnlyList<(string Text, IngredientMatch Match)>? Split(string name, ILabelNameMatcher matcher)
    {
        var words = Words(name);
        if (words.Count is < 2 or > MaxWords)
        {
            return null;
        }

        // best[i]: fewest names covering words[..i]; from[i]: where the last of them starts (-1: unreachable).
        var n = words.Count;
        var best = new int[n + 1];
        var from = new int[n + 1];
        var match = new IngredientMatch?[n + 1];
        Array.Fill(best, int.MaxValue);
        Array.Fill(from, -1);
        best[0] = 0;
        for (var end = 1; end <= n; end++)
        {
            for (var start = Math.Max(0, end - MaxNameWords); start < end; start++)
            {
                if (best[start] == int.MaxValue || best[start] + 1 >= best[end]) continue;
                if (matcher.MatchExact(string.Join(' ', words.GetRange(start, end - start))) is not { } found) continue;
                (best[end], from[end], match[end]) = (best[start] + 1, start, found);
            }
        }

        var names = new List<(string Text, IngredientMatch Match)>();
        var covered = n;
        if (best[n] == int.MaxValue)
        {
            // A translation may end the entry: the longest covered prefix followed by one.
            covered = -1;
            for (var end = n - 1; end >= 1 && covered < 0; end--)
            {
                if (best[end] != int.MaxValue && ReadingRules.IsTranslation(string.Join(' ', words.GetRange(end, n - end)))) covered = end;
            }

            if (covered < 0) return null;
        }

        for (var end = covered; end > 0; end = from[end])
        {
            names.Insert(0, (string.Join(' ', words.GetRange(from[end], end - from[end])), match[end]!));
        }

        if (names.Count + (covered < n ? 1 : 0) < 2)
        {
            return null;
        }

        var first = names[0].Match.Ingredient;
        return names.All(x => matcher.SameSubstance(first, x.Match.Ingredient)) ? names : null;
    }

    /// <summary>The words of the name, with words glued without a blank split where a capital follows a small letter (<c>CeraCire</c>).</summary>
    private static List<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            for (var i = 2; i < word.Length - 1; i++)
            {
                if (char.IsLower(word[i - 1]) && char.IsUpper(word[i]) && char.IsLower(word[i + 1]) && i - start >= 2)
                {
                    words.Add(word[start..i]);
                    start = i;
                }
            }

            words.Add(word[start..]);
        }

        return words;
    }
}
