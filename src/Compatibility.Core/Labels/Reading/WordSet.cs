using System.Collections.Frozen;

namespace Compatibility.Core.Labels.Reading;

/// <summary>
/// A set of words compared ordinally ignoring case, with a cheap test before the hash lookup: can a word of this first
/// letter and length be in the set at all? The test is built from the words themselves and answers "no" only for words
/// the set cannot hold, so <see cref="Contains"/> always answers as the lookup alone would.
/// </summary>
internal sealed class WordSet
{
    // Per ASCII first letter, a bit per word length (lengths of 63 and more share the last bit).
    private readonly ulong[] _lengthsByLetter = new ulong[26];
    private readonly bool _anyOtherFirst;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        var set = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in set)
        {
            if (word.Length > 0 && LabelChars.IsAsciiLetter(word[0]))
            {
                _lengthsByLetter[LabelChars.Lower(word[0]) - 'a'] |= LengthBit(word.Length);
            }
            else
            {
                _anyOtherFirst = true;
            }
        }
    }

    public bool Contains(ReadOnlySpan<char> word) => MayContain(word) && _lookup.Contains(word);

    /// <summary>False only when no word of the set has this first letter and length.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (_anyOtherFirst || word.IsEmpty)
        {
            return true;
        }

        var first = word[0];
        if (LabelChars.IsAsciiLetter(first))
        {
            return (_lengthsByLetter[LabelChars.Lower(first) - 'a'] & LengthBit(word.Length)) != 0;
        }

        // Ignoring case, an ASCII non-letter equals only itself; a non-ASCII letter is left to the lookup (ı and I).
        return first >= 128;
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
