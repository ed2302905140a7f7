using Compatibility.Core.Catalogue.Matching;

namespace Compatibility.Core.Tests.Catalogue;

/// <summary>The fuzzy machinery against brute force: the banded distance is exact, and the candidate filter loses nothing.</summary>
public class FuzzyMatchingTests
{
    private const string Alphabet = "ABCDEHILMNOPRSTY 0123";

    [Theory]
    [InlineData("GLYCERIN", "GYLCERIN", 1)]
    [InlineData("SODIUM HYALURONATE", "SODUM HYALURONATE", 1)]
    [InlineData("LACTIC ACID", "MALIC ACID", 3)]
    [InlineData("ABC", "", 3)]
    [InlineData("", "", 0)]
    public void Known_distances(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, 5));

    [Fact]
    public void Bounded_distance_equals_the_full_distance_or_reports_over_the_bound()
    {
        var random = new Random(20261125);
        for (var n = 0; n < 3000; n++)
        {
            var a = RandomWord(random, random.Next(0, 14));
            var b = random.Next(3) == 0 ? RandomWord(random, random.Next(0, 14)) : Mutate(random, a, random.Next(0, 4));
            var max = random.Next(0, 4);
            var full = ReferenceDistance(a, b);
            var bounded = EditDistance.Bounded(a, b, max);
            Assert.Equal(full <= max ? full : max + 1, bounded);
        }
    }

    [Fact]
    public void Candidate_filter_finds_every_key_within_the_distance()
    {
        var random = new Random(42);
        var keys = Enumerable.Range(0, 3000).Select(_ => RandomWord(random, random.Next(3, 25)).Trim()).Where(k => k.Length > 0).Distinct().ToList();
        var index = new FuzzyNameIndex(keys, Enumerable.Range(0, keys.Count).ToList());
        var results = new List<(int Owner, int Distance, string Key)>();
        for (var n = 0; n < 400; n++)
        {
            var query = Mutate(random, keys[random.Next(keys.Count)], random.Next(0, 3));
            if (query.Length == 0)
            {
                continue;
            }

            var max = random.Next(1, 3);
            results.Clear();
            index.Find(query, max, requireSameDigits: false, results);
            var expected = keys.Where(k => ReferenceDistance(query, k) <= max).Order(StringComparer.Ordinal);
            Assert.Equal(expected, results.Select(r => r.Key).Order(StringComparer.Ordinal));
        }
    }

    private static string RandomWord(Random random, int length) =>
        new(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());

    private static string Mutate(Random random, string word, int edits)
    {
        var chars = word.ToList();
        for (var e = 0; e < edits; e++)
        {
            var op = random.Next(4);
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (op)
            {
                case 0:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 1 when chars.Count > 0:
                    chars.RemoveAt(at);
                    break;
                case 2 when chars.Count > 0:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 3 when chars.Count > 1 && at + 1 < chars.Count:
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                    break;
            }
        }

        return new string(chars.ToArray());
    }

    // Textbook optimal-string-alignment distance, full matrix.
    private static int ReferenceDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
