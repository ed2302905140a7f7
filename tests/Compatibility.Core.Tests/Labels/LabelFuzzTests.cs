using System.Text.RegularExpressions;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;
using FsCheck;
using FsCheck.Fluent;

namespace Compatibility.Core.Tests.Labels;

/// <summary>
/// Random, label-shaped and mutated real labels (and every fixture) never throw, and everything is accounted for:
/// every letter and digit of the text lies in an entry's span or in a dropped fragment with its reason (HTML line
/// breaks are separators),
/// recognised + unrecognised = entries, positions run 1..n, each entry has an input and a name.
/// </summary>
public sealed partial class LabelFuzzTests
{
    // Pieces of real label syntax, so random concatenations hit the parser's branches, not just plain text.
    private static readonly string[] Tokens =
    [
        "Aqua", "Water", "Glycerin", "Gylcerin", "Niacinamide", "Parfum", "Fragrance", "Sodium Hyaluronate", "Avobenzone",
        "Ethylhexyl", "Salicylate", "CI 77491", "1,2-Hexanediol", "C12-15 Alkyl Benzoate", "Caprylic/Capric Triglyceride",
        "Zinc Oxide 9%", "7.5%", "%", "(", ")", "[", "]", "{", "}", "(and)", "(+/-)", "+/-", "±", "May Contain", "Peut Contenir",
        "Ingredients:", "Ingredients", "Active Ingredients:", "Inactive Ingredients", "Directions:", "Product Name:", ":",
        ",", ", ", ";", ".", ". ", "/", " / ", "-", "–", "*", "**", "*organic", "™", "®", "\n", "\r\n", "\u00a0", " ", "'", "\"",
        "•", "|", "<ILN1234>", "(F.I.L. B1/2)", "Sunscreen", "Purpose", "the", "please", "w/w", "0", "1", ":1",
    ];

    private static readonly Lazy<LabelAnalyzer> Analyzer = new(() =>
    {
        Ingredient[] ingredients =
        [
            StubNameMatcher.Ingredient("WATER", ["Aqua"]),
            StubNameMatcher.Ingredient("GLYCERIN"),
            StubNameMatcher.Ingredient("NIACINAMIDE"),
            StubNameMatcher.Ingredient("PARFUM", ["Fragrance"]),
            StubNameMatcher.Ingredient("ETHYLHEXYL SALICYLATE"),
            StubNameMatcher.Ingredient("CI 77491"),
        ];
        return new LabelAnalyzer(CatalogueIndex.Create(new CatalogueData("fuzz", ingredients)), new StubNameMatcher(ingredients));
    });

    // The input being checked, for a run that overruns its deadline (the tests of a class run one at a time).
    private static string? _current;

    [Fact]
    public Task Random_text_is_always_accounted_for() =>
        Fuzz(500, Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => AssertAccounted(text ?? string.Empty)));

    [Fact]
    public Task Label_shaped_token_soup_is_always_accounted_for() =>
        Fuzz(500, Prop.ForAll(
            Gen.Elements(Tokens).ArrayOf().Select(tokens => string.Concat(tokens)).ToArbitrary(),
            AssertAccounted));

    [Fact]
    public Task Mutated_real_labels_are_always_accounted_for() =>
        Fuzz(300, Prop.ForAll(
            Gen.Elements(LabelFixtures.Names.ToArray()).Zip(Gen.Choose(0, int.MaxValue - 1)).ToArbitrary(),
            pick => AssertAccounted(Mutate(LabelFixtures.Read(pick.Item1), pick.Item2))));

    [Theory]
    [InlineData(200_000, '(')]
    [InlineData(200_000, ')')]
    [InlineData(200_000, ',')]
    [InlineData(100_000, '%')]
    public Task Pathological_repetitions_are_handled(int length, char c) => Within(() => AssertAccounted(new string(c, length) + "Glycerin"));

    [Theory]
    [InlineData("* ")]
    [InlineData("Ingredients ")]
    [InlineData("May Contain ")]
    [InlineData("(and) ")]
    [InlineData("[+/-: ")]
    [InlineData("Product Name: ")]
    public Task Repeated_label_syntax_is_handled(string piece) => Within(() => AssertAccounted(string.Concat(Enumerable.Repeat(piece, 20_000))));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public Task Every_fixture_is_accounted_for_character_by_character(string fixture) => Within(() => AssertAccounted(LabelFixtures.Read(fixture)));

    public static TheoryData<string> Fixtures() => new(LabelFixtures.Names);

    [Theory]
    [InlineData("Benzyl Benzoate <ILN45755> Please be aware that ingredient lists may change.")]
    [InlineData("Each gram contains: 40 mg of hydroquinone USP, in a cream base of water, and glycerin.")]
    [InlineData("SHADES: HAPPY, GRATEFUL Hydrogenated Polyisobutene, Mica [+/- May Contain: CI 77491] Talc, Silica")]
    [InlineData("Uses\nFor relief of aches, arthritis, bruises\nInactive Ingredients\nWater, Fragrance\n(Parfum), Sea\nSalt")]
    [InlineData("- Blend 25% (Glycolic + Lactic) and Salicylic Acid 2%: exfoliates the skin.<br>- Niacinamide: helps.\nWater, Glycerin")]
    public Task Label_shapes_of_issue_9_are_accounted_for(string label) => Within(() => AssertAccounted(label));

    [Fact]
    public Task Deep_nesting_is_bounded()
    {
        var text = new string('(', 50_000) + "Glycerin" + new string(')', 50_000) + ", Aqua";

        return Within(() => AssertAccounted(text));
    }

    /// <summary>Checks <paramref name="property"/> on <paramref name="cases"/> generated inputs, the whole run within the deadline.</summary>
    private static Task Fuzz(int cases, Property property) =>
        Within(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true), property));

    private static Task Within(Action run) => FuzzDeadline.RunAsync(run, () => Volatile.Read(ref _current));

    private static void AssertAccounted(string text)
    {
        Volatile.Write(ref _current, text);
        var parsed = LabelParser.Read(text);
        AssertEveryCharacterIsCovered(text, parsed);
        var entries = parsed.Entries;
        Assert.Equal(Enumerable.Range(1, entries.Count), entries.Select(e => e.Position));
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Input));
            Assert.NotEmpty(e.Candidates);
            Assert.All(e.Candidates, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        });

        var analysis = Analyzer.Value.Analyze(text);
        Assert.Equal(analysis.Entries.Count, analysis.Recognized + analysis.Unrecognized);
        Assert.Equal(Enumerable.Range(1, analysis.Entries.Count), analysis.Entries.Select(e => e.Position));
        var listed = entries.Count(e => e.Origin == EntryOrigin.Label);
        var fromList = analysis.Entries.Count(e => e.Origin == EntryOrigin.Label);
        Assert.InRange(fromList, listed / 2, listed); // only split names are joined
        Assert.InRange(analysis.Entries.Count - fromList, 0, entries.Count - listed); // descriptions are kept only when they name an active
    }

    /// <summary>Every letter and digit lies in an entry span or a dropped span; blanks, punctuation and <c>&lt;br&gt;</c> separate.</summary>
    private static void AssertEveryCharacterIsCovered(string text, ParsedLabel parsed)
    {
        var covered = new bool[text.Length + 1];
        foreach (Match lineBreak in HtmlLineBreak().Matches(text))
        {
            Array.Fill(covered, true, lineBreak.Index, lineBreak.Length);
        }

        foreach (var (start, end) in parsed.Entries.Select(e => (e.Start, e.End)).Concat(parsed.Dropped.Select(d => (d.Start, d.End))))
        {
            Assert.InRange(start, 0, end);
            Assert.InRange(end, start, text.Length);
            Array.Fill(covered, true, start, end - start);
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]) && !covered[i])
            {
                Assert.Fail($"character {i} '{text[i]}' is neither in an entry nor dropped with a reason: …{text[Math.Max(0, i - 30)..Math.Min(text.Length, i + 30)]}…");
            }
        }
    }

    /// <summary>Deletes, duplicates and inserts label syntax at random places, deterministic per seed.</summary>
    private static string Mutate(string label, int seed)
    {
        var random = new Random(seed);
        var chars = new List<char>(label);
        var edits = random.Next(1, 12);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, chars[random.Next(chars.Count)]);
                    break;
                case 2:
                    chars.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                default:
                    chars[at] = char.ToUpperInvariant(chars[at]) == chars[at] ? char.ToLowerInvariant(chars[at]) : char.ToUpperInvariant(chars[at]);
                    break;
            }
        }

        return new string(chars.ToArray());
    }

    [GeneratedRegex(@"<br\s*/?\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLineBreak();
}
