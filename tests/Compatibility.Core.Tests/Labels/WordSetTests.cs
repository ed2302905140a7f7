using Compatibility.Core.Labels.Reading;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Compatibility.Core.Tests.Labels;

/// <summary>The first-letter-and-length filter of <see cref="WordSet"/> never changes what the set lookup answers.</summary>
public sealed class WordSetTests
{
    private static readonly string[] LetterWords = ["the", "Ingredients", "ingrédients", "składniki", "może", "information", "a"];

    private static readonly string[] MixedWords = ["the", "1,2", "über", "ıngredient", "-x"];

    // Words that differ from the set's by case only, by one letter, by length, or by a look-alike non-ASCII letter.
    private static readonly string[] Probes =
    [
        "", "THE", "The", "thE", "tha", "th", "thee", "INGREDIENTS", "Ingredient", "INGRÉDIENTS", "SKŁADNIKI", "MOŻE", "Information",
        "A", "b", "ıngredients", "İngredients", "Ingredıents", "ÜBER", "über", "uber", "1,2", "1,3", "-X", "-x", "x", "ǅ", "K", "\u212A",
        new string('a', 70), new string('a', 63), "\u017F", "\u017Fkładniki",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Filtered_lookup_answers_as_the_plain_set(string[] words, string probe) =>
        Assert.Equal(new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).Contains(probe), new WordSet(words).Contains(probe));

    public static TheoryData<string[], string> Cases()
    {
        var data = new TheoryData<string[], string>();
        foreach (var words in new[] { LetterWords, MixedWords })
        {
            foreach (var probe in Probes.Concat(words).Distinct(StringComparer.Ordinal))
            {
                data.Add(words, probe);
            }
        }

        return data;
    }

    [Property(MaxTest = 500)]
    public Property Random_words_are_answered_as_by_the_plain_set() =>
        Prop.ForAll(
            Gen.Elements("a", "A", "é", "É", "ı", "I", "ł", "Ł", "1", "-", "k", "K", "s", "ſ", "e").ArrayOf().Select(string.Concat).ArrayOf()
                .Zip(Gen.Elements("a", "A", "é", "É", "ı", "I", "ł", "Ł", "1", "-", "k", "K", "s", "ſ", "e").ArrayOf().Select(string.Concat))
                .ToArbitrary(),
            pair =>
            {
                var (words, probe) = pair;
                return new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).Contains(probe) == new WordSet(words).Contains(probe);
            });
}
