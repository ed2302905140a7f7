namespace Compatibility.Core.Catalogue.Matching;

/// <summary>
/// Candidate index for typo-tolerant lookup: character trigrams of the key padded with one mark on
/// each side, with posting lists ordered by key length, so a query only touches keys of about its
/// own length. One edit breaks at most four of the query's trigrams (a swap of two neighbours
/// spans four), so a key within k edits misses at most 4k of them and must contain at least one of
/// any 4k + 1, and more generally appear in at least m - 4k of any m of them: only the posting
/// lists of the rarest query trigrams are read (prefix filtering) and their hits are counted.
/// Keys with enough hits are checked against the whole query by their number of shared trigrams
/// (at least max(length) - 4k) before the banded edit distance verifies the survivors.
/// </summary>
internal sealed class FuzzyNameIndex
{
    private const int Pad = 37;
    private const int Symbols = 38;
    private const int Codes = Symbols * Symbols * Symbols;

    [ThreadStatic]
    private static int[]? t_marks;

    [ThreadStatic]
    private static int t_generation;

    [ThreadStatic]
    private static int[]? t_hits;

    [ThreadStatic]
    private static List<int>? t_touched;

    private readonly string[] _keys;
    private readonly int[] _owners;
    private readonly int[][] _postings;
    private readonly int[] _lengthStart;
    private readonly ushort[] _sortedGrams; // every key's trigram codes, sorted, back to back
    private readonly int[] _gramStart;      // key id → offset into _sortedGrams (one extra at the end)

    /// <param name="keys">Normalised keys (non-empty).</param>
    /// <param name="owners">The ingredient index each key belongs to.</param>
    public FuzzyNameIndex(IReadOnlyList<string> keys, IReadOnlyList<int> owners)
    {
        // Counting sort by length; within a length the input order is kept, so the index is deterministic.
        var maxLength = 0;
        for (var i = 0; i < keys.Count; i++)
        {
            maxLength = Math.Max(maxLength, keys[i].Length);
        }

        _lengthStart = new int[maxLength + 2];
        for (var i = 0; i < keys.Count; i++)
        {
            _lengthStart[keys[i].Length + 1]++;
        }

        for (var length = 1; length < _lengthStart.Length; length++)
        {
            _lengthStart[length] += _lengthStart[length - 1];
        }

        _keys = new string[keys.Count];
        _owners = new int[keys.Count];
        var next = (int[])_lengthStart.Clone();
        for (var i = 0; i < keys.Count; i++)
        {
            var slot = next[keys[i].Length]++;
            _keys[slot] = keys[i];
            _owners[slot] = owners[i];
        }

        // One pass computes every key's trigram codes; postings are filled from them, then each
        // key's run is sorted for the shared-trigram count.
        _gramStart = new int[_keys.Length + 1];
        for (var keyId = 0; keyId < _keys.Length; keyId++)
        {
            _gramStart[keyId + 1] = _gramStart[keyId] + _keys[keyId].Length;
        }

        _sortedGrams = new ushort[_gramStart[^1]];
        var counts = new int[Codes];
        for (var keyId = 0; keyId < _keys.Length; keyId++)
        {
            var key = _keys[keyId];
            var offset = _gramStart[keyId];
            var before = Pad;
            var current = Symbol(key[0]);
            for (var i = 0; i < key.Length; i++)
            {
                var after = i + 1 < key.Length ? Symbol(key[i + 1]) : Pad;
                var code = (((before * Symbols) + current) * Symbols) + after;
                _sortedGrams[offset + i] = (ushort)code;
                counts[code]++;
                before = current;
                current = after;
            }
        }

        _postings = new int[Codes][];
        for (var code = 0; code < Codes; code++)
        {
            _postings[code] = counts[code] == 0 ? [] : new int[counts[code]];
        }

        var fill = counts; // reused as the fill cursor
        Array.Clear(fill);
        for (var keyId = 0; keyId < _keys.Length; keyId++)
        {
            var grams = _sortedGrams.AsSpan(_gramStart[keyId], _keys[keyId].Length);
            foreach (var code in grams)
            {
                var postings = _postings[code];

                // A key with a repeated trigram is listed once.
                if (fill[code] == 0 || postings[fill[code] - 1] != keyId)
                {
                    postings[fill[code]++] = keyId;
                }
            }

            grams.Sort();
        }

        for (var code = 0; code < Codes; code++)
        {
            if (fill[code] < _postings[code].Length)
            {
                Array.Resize(ref _postings[code], fill[code]);
            }
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

        // Query trigrams, rarest (shortest posting list) first. Rarity is judged on the whole list so
        // that only the lists actually read need a binary search for the length window.
        var grams = key.Length;
        Span<long> order = grams <= 128 ? stackalloc long[grams] : new long[grams];
        Span<ushort> queryGrams = grams <= 128 ? stackalloc ushort[grams] : new ushort[grams];
        for (var i = 0; i < grams; i++)
        {
            var code = Trigram(key, i);
            queryGrams[i] = (ushort)code;
            order[i] = ((long)_postings[code].Length << 32) | (uint)code;
        }

        order.Sort();
        queryGrams.Sort();
        var marks = t_marks is { } m && m.Length >= _keys.Length ? m : (t_marks = new int[_keys.Length]);
        var generation = NextGeneration(marks);
        if (grams <= 4 * maxDistance)
        {
            // Too short for the filter (a key may share no trigram at all): check the whole length window.
            for (var keyId = low; keyId < high; keyId++)
            {
                Verify(key, keyId, maxDistance, requireSameDigits, queryGrams, results);
            }

            return;
        }

        // A key within k edits misses at most 4k of the lists read; reading twice the minimum number
        // of lists lets that hit count reject most keys before any comparison.
        var lists = Math.Min(grams, 2 * ((4 * maxDistance) + 1));
        var minimumHits = lists - (4 * maxDistance);
        var hits = t_hits is { } h && h.Length >= _keys.Length ? h : (t_hits = new int[_keys.Length]);
        var touched = t_touched ??= new List<int>(512);
        touched.Clear();
        for (var r = 0; r < lists; r++)
        {
            var postings = _postings[(int)(order[r] & 0xFFFFFFFF)];
            for (var p = LowerBound(postings, low); p < postings.Length && postings[p] < high; p++)
            {
                var keyId = postings[p];
                if (marks[keyId] != generation)
                {
                    marks[keyId] = generation;
                    hits[keyId] = 1;
                    touched.Add(keyId);
                }
                else
                {
                    hits[keyId]++;
                }
            }
        }

        foreach (var keyId in touched)
        {
            if (hits[keyId] >= minimumHits)
            {
                Verify(key, keyId, maxDistance, requireSameDigits, queryGrams, results);
            }
        }
    }

    private void Verify(string key, int keyId, int maxDistance, bool requireSameDigits, ReadOnlySpan<ushort> queryGrams, List<(int Owner, int Distance, string Key)> results)
    {
        var candidate = _keys[keyId];
        if (requireSameDigits && !SameDigits(key, candidate))
        {
            return;
        }

        var shared = SharedCount(queryGrams, _sortedGrams.AsSpan(_gramStart[keyId], candidate.Length));
        if (shared < Math.Max(key.Length, candidate.Length) - (4 * maxDistance))
        {
            return;
        }

        var distance = EditDistance.Bounded(key, candidate, maxDistance);
        if (distance <= maxDistance)
        {
            results.Add((_owners[keyId], distance, candidate));
        }
    }

    // Size of the multiset intersection of two sorted code lists.
    private static int SharedCount(ReadOnlySpan<ushort> a, ReadOnlySpan<ushort> b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    // Marks hold the generation that last saw a key, so nothing is cleared between queries.
    private static int NextGeneration(int[] marks)
    {
        if (++t_generation == int.MaxValue)
        {
            Array.Clear(marks);
            t_generation = 1;
        }

        return t_generation;
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

    // The trigram centred on key[i], with a pad mark before the first and after the last character.
    private static int Trigram(string key, int i)
    {
        var before = i > 0 ? Symbol(key[i - 1]) : Pad;
        var after = i + 1 < key.Length ? Symbol(key[i + 1]) : Pad;
        return (((before * Symbols) + Symbol(key[i])) * Symbols) + after;
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
