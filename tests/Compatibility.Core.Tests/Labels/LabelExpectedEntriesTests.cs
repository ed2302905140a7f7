using System.Text.RegularExpressions;
using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.LabelParsing;

/// <summary>
/// Every entry of every fixture against the hand-typed list in Fixtures/Expected (typed from the labels, never produced
/// by the parser; format in Fixtures/Expected/README.md). Fixtures where the reader and the hand list still differ are
/// listed with the reason; the test fails when one of them starts to agree, so the list stays true.
/// </summary>
public sealed partial class LabelExpectedEntriesTests
{
    private static readonly string ExpectedDirectory = Path.Combine(LabelFixtures.Directory, "..", "Expected");

    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["moisturiser-bracketed-trade-blend.txt"] = "the reader lists the components of an (and) blend as entries; the hand list keeps the blend as one",
        ["peptide-serum-trademarks-and-blends.txt"] = "(and) blend components listed as entries",
        ["constructed-uv-filter-and-preservative-trade-names.txt"] = "(and) blend components listed as entries",
        ["adapalene-gel-0-1-drug-facts-retinoid-footnote.txt"] = "drug-facts prose around the active read as entries",
        ["anti-acne-exfoliating-pads-salicylic-1-line-breaks.txt"] = "line breaks inside names split them (joined only when together they match)",
        ["aveda-lip-saver-glued-multilingual-iln.txt"] = "two names glued without a separator",
        ["aveda-rosemary-mint-hand-body-wash-menthol-iln.txt"] = "two names glued without a separator",
        ["benzoyl-peroxide-gel-5-aqueous-base-prose.txt"] = "an ingredient list written as a sentence is read as prose",
        ["bioderma-sebium-h2o-batch-code.txt"] = "a batch code read as an entry",
        ["clinique-clarifying-lotion-2-menthol-alcohol.txt"] = "backslash-separated translations",
        ["constructed-post-procedure-kit-rf-prp-aftercare.txt"] = "kit headings without colons",
        ["constructed-us-fdc-colour-names-body-wash.txt"] = "'Ext. D&C' split at the abbreviation stop",
        ["drunk-elephant-sukari-babyfacial-key-prose-then-list.txt"] = "HTML line breaks (<br>) in retailer prose",
        ["hydroquinone-4-skin-bleaching-cream-prose.txt"] = "drug-facts prose ('each gram contains')",
        ["neutrogena-oil-free-acne-wash-salicylic-2-drug-facts.txt"] = "'Questions?' panel read as entries",
        ["obagi-nu-derm-kit-clear-blender-sunfader-hydroquinone.txt"] = "'USP, 4% (40 mg/g)' split at the comma",
        ["rare-beauty-brow-harmony-pencil-gel-kit-may-contain.txt"] = "shade names glued to the first entry of a shade",
        ["rare-beauty-soft-pinch-liquid-blush-shades-may-contain.txt"] = "shade names glued to the first entry of a shade",
        ["retailer-key-ingredients-then-full-list.txt"] = "descriptions of actives the full list already has are not entries",
        ["salix-moon-jojoba-hemp-face-oil-indie-prose.txt"] = "an indie description without colons",
        ["tiger-balm-liniment-drug-facts-common-oils.txt"] = "drug-facts 'Uses' items read as entries",
    };

    public static TheoryData<string> Fixtures() => new(LabelFixtures.Names);

    [Fact]
    public void Every_fixture_has_a_hand_typed_list_and_at_least_100_fixtures_exist()
    {
        Assert.True(LabelFixtures.Names.Count >= 100, $"only {LabelFixtures.Names.Count} fixtures");
        Assert.All(LabelFixtures.Names, n => Assert.True(File.Exists(Path.Combine(ExpectedDirectory, n)), $"no Expected/{n}"));
        Assert.All(KnownDifferences.Keys, n => Assert.Contains(n, LabelFixtures.Names));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_entry_is_the_one_a_person_reads(string fixture)
    {
        var expected = File.ReadAllLines(Path.Combine(ExpectedDirectory, fixture))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith("# ", StringComparison.Ordinal))
            .Select(Normalize)
            .ToList();
        var actual = LabelParser.Parse(LabelFixtures.Read(fixture))
            .Select(e => (e.MayContain ? "[may] " : e.Origin == EntryOrigin.Description ? "[desc] " : "") + Normalize(e.Input))
            .ToList();

        if (KnownDifferences.TryGetValue(fixture, out var reason))
        {
            Assert.False(expected.SequenceEqual(actual), $"{fixture} now agrees with its hand list ({reason}): remove it from KnownDifferences");
            return;
        }

        Assert.Equal(expected, actual);
    }

    // The hand lists drop footnote marks and the list's final full stop and collapse blanks (Expected/README.md).
    private static string Normalize(string entry) =>
        Blanks().Replace(Marks().Replace(entry, ""), " ").Trim().TrimEnd('.').Trim().ToLowerInvariant();

    [GeneratedRegex(@"[\*†‡°¹²³™®©]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Blanks();
}
