namespace Compatibility.Core.Catalogue.Matching;

/// <summary>
/// Candidate index for typo-tolerant lookup: padded character bigrams with posting lists ordered by
/// key length, so a query only touches keys of about its own length. A key can be within k edits
/// only if it shares at least max(len) + 1 - 3k bigrams (q-gram lemma; 3 because one transposition
/// can break three bigrams). Survivors are verified with the bounded edit distance.
/// </summary>
internal sealed class FuzzyNameIndex
{
    private const int Pad = 37;
    private const int Symbols = 38;

    [ThreadStatic]
    private static int[]? t_counts;

    [ThreadStatic]
    private static List<int>? t_touched;

    private readonly string[] _keys;
    private readonly int[] _owners;
    private readonly int[][] _postings;
    private readonly int[] _lengthStart;

    /// <param name="entries">Normalised keys and the ingredient each belongs to.</param>
    public FuzzyNameIndex(IEnumerable<(string Key, int Owner)> entries)
    {
        var sorted = entries
            .Where(e => e.Key.Length > 0)
            .Distinct()
            .OrderBy(e => e.Key.Length)
            .ThenBy(e => e.Key, StringComparer.Ordinal)
            .ThenBy(e => e.Owner)
            .ToArray();
        _keys = sorted.Select(e => e.Key).ToArray();
        _owners = sorted.Select(e => e.Owner).ToArray();

        var maxLength = _keys.Length == 0 ? 0 : _keys[^1].Length;
        _lengthStart = new int[maxLength + 2];
        var id = 0;
        for (var length = 0; length <= maxLength + 1; length++)
        {
            while (id < _keys.Length && _keys[id].Length < length)
            {
                id++;
            }

            _lengthStart[length] = id;
        }

        var counts = new int[Symbols * Symbols];
        foreach (var key in _keys)
        {
            ForEachBigram(key, code => counts[code]++);
        }

        _postings = new int[counts.Length][];
        for (var code = 0; code < counts.Length; code++)
        {
            _postings[code] = counts[code] == 0 ? [] : new int[counts[code]];
        }

        var fill = new int[counts.Length];
        for (var keyId = 0; keyId < _keys.Length; keyId++)
        {
            var current = keyId;
            ForEachBigram(_keys[keyId], code => _postings[code][fill[code]++] = current);
        }
    }

    public int Count => _keys.Length;

    /// <summary>Keys within <paramref name="maxDistance"/> edits of <paramref name="key"/>, with their distance.</summary>
    /// <param name="requireSameDigits">Skip keys whose digits differ (PEG-8 is not PEG-80, BENZOPHENONE-3 not -4).</param>
    public void Find(string key, int maxDistance, bool requireSameDigits, List<(int Owner, int Distance, string Key)> results)
    {
        if (key.Length == 0 || _keys.Length == 0)
        {
            return;
        }

        var minLength = Math.Max(1, key.Length - maxDistance);
        var maxLength = Math.Min(_lengthStart.Length - 2, key.Length + maxDistance);
        if (minLength > maxLength)
        {
            return;
        }

        var low = _lengthStart[minLength];
        var high = _lengthStart[maxLength + 1];
        var counts = t_counts is { } c && c.Length >= _keys.Length ? c : (t_counts = new int[_keys.Length]);
        var touched = t_touched ??= new List<int>(256);
        touched.Clear();
        try
        {
            var previous = Pad;
            for (var i = 0; i <= key.Length; i++)
            {
                var symbol = i < key.Length ? Symbol(key[i]) : Pad;
                var postings = _postings[(previous * Symbols) + symbol];
                previous = symbol;
                var start = LowerBound(postings, low);
                for (var p = start; p < postings.Length && postings[p] < high; p++)
                {
                    var keyId = postings[p];
                    if (counts[keyId]++ == 0)
                    {
                        touched.Add(keyId);
                    }
                }
            }

            foreach (var keyId in touched)
            {
                var candidate = _keys[keyId];
                var needed = Math.Max(key.Length, candidate.Length) + 1 - (3 * maxDistance);
                if (counts[keyId] < needed || (requireSameDigits && !SameDigits(key, candidate)))
                {
                    continue;
                }

                var distance = EditDistance.Bounded(key, candidate, maxDistance);
                if (distance <= maxDistance)
                {
                    results.Add((_owners[keyId], distance, candidate));
                }
            }
        }
        finally
        {
            foreach (var keyId in touched)
            {
                counts[keyId] = 0;
            }

            touched.Clear();
        }
    }

    private static int LowerBound(int[] postings, int value)
    {
        var lo = 0;
        var hi = postings.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (postings[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool SameDigits(string a, string b)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < a.Length && !char.IsAsciiDigit(a[i]))
            {
                i++;
            }

            while (j < b.Length && !char.IsAsciiDigit(b[j]))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }

    private static void ForEachBigram(string key, Action<int> action)
    {
        var previous = Pad;
        for (var i = 0; i <= key.Length; i++)
        {
            var symbol = i < key.Length ? Symbol(key[i]) : Pad;
            action((previous * Symbols) + symbol);
            previous = symbol;
        }
    }

    // Keys hold only A-Z, 0-9 and single spaces (NameNormalizer); anything else shares the pad symbol.
    private static int Symbol(char c) => c switch
    {
        ' ' => 0,
        >= 'A' and <= 'Z' => c - 'A' + 1,
        >= '0' and <= '9' => c - '0' + 27,
        _ => Pad,
    };
}
