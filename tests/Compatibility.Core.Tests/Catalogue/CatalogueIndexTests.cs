using Compatibility.Core.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Catalogue;

/// <summary>Matching against the shipped catalogue: what labels print must land on the right INCI name.</summary>
public class CatalogueIndexTests
{
    private static CatalogueIndex Index => ShippedCatalogue.Index;

    [Theory]
    [InlineData("Water", "WATER")]
    [InlineData("AQUA", "AQUA")]
    [InlineData("Aroma", "AROMA")]
    [InlineData("Parfum", "PARFUM")]
    [InlineData("Homosalate", "HOMOSALATE")]
    [InlineData("Octocrylene", "OCTOCRYLENE")]
    [InlineData("Retinyl Palmitate", "RETINYL PALMITATE")]
    [InlineData("Zinc Oxide", "ZINC OXIDE")]
    [InlineData("Titanium Dioxide", "TITANIUM DIOXIDE")]
    [InlineData("Linalool", "LINALOOL")]
    [InlineData("Limonene", "LIMONENE")]
    [InlineData("Niacinamide", "NIACINAMIDE")]
    [InlineData("Azelaic Acid", "AZELAIC ACID")]
    [InlineData("Gluconolactone", "GLUCONOLACTONE")]
    [InlineData("sodium hyaluronate", "SODIUM HYALURONATE")]
    [InlineData("Alcohol Denat", "ALCOHOL DENAT.")]
    [InlineData("SD Alcohol 40-B", "SD ALCOHOL 40-B")]
    [InlineData("SD Alcohol 40B", "SD ALCOHOL 40-B")]
    [InlineData("Butyleneglycol", "BUTYLENE GLYCOL")]
    [InlineData("peg-100 stearate", "PEG-100 STEARATE")]
    [InlineData("Hydrolysed Hyaluronic Acid", "HYDROLYZED HYALURONIC ACID")]
    [InlineData("Ethylhexyl Salicylate", "ETHYLHEXYL SALICYLATE")]
    [InlineData("Butyl Methoxydibenzoylmethane", "BUTYL METHOXYDIBENZOYLMETHANE")]
    [InlineData("Lactic Acid", "LACTIC ACID")]
    [InlineData("Malic Acid", "MALIC ACID")]
    [InlineData("Melaleuca Alternifolia Leaf Oil", "MELALEUCA ALTERNIFOLIA LEAF OIL")]
    [InlineData("Juglans Regia Shell Powder", "JUGLANS REGIA SHELL POWDER")]
    [InlineData("Tretinoin", "TRETINOIN")]
    [InlineData("Adapalene", "ADAPALENE")]
    [InlineData("Benzoyl Peroxide", "BENZOYL PEROXIDE")]
    [InlineData("Hydroxypinacolone Retinoate", "HYDROXYPINACOLONE RETINOATE")]
    [InlineData("Copper Tripeptide-1", "COPPER TRIPEPTIDE-1")]
    [InlineData("Acetyl Hexapeptide-8", "ACETYL HEXAPEPTIDE-8")]
    [InlineData("Palmitoyl Tripeptide-1", "PALMITOYL TRIPEPTIDE-1")]
    public void Exact_names_match_as_exact(string label, string inci)
    {
        var match = Index.MatchExact(label);
        Assert.NotNull(match);
        Assert.Equal(inci, match.Ingredient.InciName);
        Assert.Equal(MatchConfidence.Exact, match.Confidence);
    }

    [Theory]
    [InlineData("Eau", "WATER", null)]
    [InlineData("Fragrance", "PARFUM", "fragrance")]
    [InlineData("Vitamin C", "ASCORBIC ACID", "vitamin-c")]
    [InlineData("Vitamin E", "TOCOPHEROL", null)]
    [InlineData("Hyaluronan", "HYALURONIC ACID", "hyaluronic-acid")]
    [InlineData("Low Molecular Weight Hyaluronic Acid", "HYDROLYZED HYALURONIC ACID", "hyaluronic-acid")]
    [InlineData("Avobenzone", "BUTYL METHOXYDIBENZOYLMETHANE", "chemical-uv-filter")]
    [InlineData("Octinoxate", "ETHYLHEXYL METHOXYCINNAMATE", "chemical-uv-filter")]
    [InlineData("Octisalate", "ETHYLHEXYL SALICYLATE", "chemical-uv-filter")]
    [InlineData("Oxybenzone", "BENZOPHENONE-3", "chemical-uv-filter")]
    [InlineData("Vitamin A", "RETINOL", "retinoid")]
    [InlineData("Vitamin A Palmitate", "RETINYL PALMITATE", "retinoid")]
    [InlineData("Tea Tree Oil", "MELALEUCA ALTERNIFOLIA LEAF OIL", "essential-oil")]
    [InlineData("Argireline", "ACETYL HEXAPEPTIDE-8", "peptide")]
    [InlineData("Acetyl Hexapeptide-3", "ACETYL HEXAPEPTIDE-8", "peptide")]
    [InlineData("Matrixyl", "PALMITOYL PENTAPEPTIDE-4", "peptide")]
    [InlineData("GHK-Cu", "COPPER TRIPEPTIDE-1", "copper-peptide")]
    [InlineData("Willow Bark Extract", "SALIX ALBA BARK EXTRACT", "bha")]
    [InlineData("Walnut Shell Powder", "JUGLANS REGIA SHELL POWDER", "physical-exfoliant")]
    [InlineData("Jojoba Beads", "JOJOBA ESTERS BEADS", "physical-exfoliant")]
    [InlineData("Ethanol", "ALCOHOL", "drying-alcohol")]
    [InlineData("Nicotinamide", "NIACINAMIDE", "niacinamide")]
    [InlineData("Lilial", "BUTYLPHENYL METHYLPROPIONAL", "fragrance")]
    [InlineData("Lavender Oil", "LAVANDULA ANGUSTIFOLIA OIL", "essential-oil")]
    [InlineData("Peppermint Oil", "MENTHA PIPERITA OIL", "essential-oil")]
    [InlineData("Denatured Alcohol", "ALCOHOL DENAT.", "drying-alcohol")]
    [InlineData("Retin-A", "TRETINOIN", "retinoid")]
    [InlineData("Vitamin B3", "NIACINAMIDE", "niacinamide")]
    [InlineData("Ethyl Ascorbic Acid", "3-O-ETHYL ASCORBIC ACID", "vitamin-c-derivative")]
    public void Label_names_match_as_synonyms(string label, string inci, string? cls)
    {
        var match = Index.Match(label);
        Assert.NotNull(match);
        Assert.Equal(inci, match.Ingredient.InciName);
        Assert.Equal(MatchConfidence.Synonym, match.Confidence);
        if (cls is not null)
        {
            Assert.Contains(cls, match.Ingredient.Classes);
        }
    }

    [Theory]
    [InlineData("Gylcerin", "GLYCERIN")]
    [InlineData("Sodum Hyaluronate", "SODIUM HYALURONATE")]
    [InlineData("Glycolici Acid", "GLYCOLIC ACID")]
    [InlineData("Methl Trimethicone", "METHYL TRIMETHICONE")]
    [InlineData("dimethicon", "DIMETHICONE")]
    [InlineData("Niacinamde", "NIACINAMIDE")]
    [InlineData("Phenoxyethanl", "PHENOXYETHANOL")]
    [InlineData("Avobenzon", "BUTYL METHOXYDIBENZOYLMETHANE")]
    public void Typos_match_as_fuzzy(string label, string inci)
    {
        Assert.Null(Index.MatchExact(label));
        var match = Index.Match(label);
        Assert.NotNull(match);
        Assert.Equal(inci, match.Ingredient.InciName);
        Assert.Equal(MatchConfidence.Fuzzy, match.Confidence);
    }

    [Theory]
    [InlineData("Avobenzone", "benzoyl-peroxide")]
    [InlineData("Butyl Methoxydibenzoylmethane", "benzoyl-peroxide")]
    [InlineData("Ethylhexyl Salicylate", "bha")]
    [InlineData("Homosalate", "bha")]
    [InlineData("Benzyl Salicylate", "bha")]
    [InlineData("Benzyl Alcohol", "drying-alcohol")]
    [InlineData("Cetearyl Alcohol", "drying-alcohol")]
    [InlineData("Jojoba Esters", "physical-exfoliant")]
    [InlineData("Glycerin", "fragrance")]
    [InlineData("Citric Acid", "aha")]
    [InlineData("Sodium Hyaluronate", "vitamin-c-derivative")]
    public void Names_inside_longer_names_do_not_carry_the_shorter_names_class(string label, string notClass)
    {
        var match = Index.Match(label);
        Assert.NotNull(match);
        Assert.DoesNotContain(notClass, match.Ingredient.Classes);
    }

    [Theory]
    [InlineData("Benzoyl")]
    [InlineData("Salicylate")]
    [InlineData("Hyaluronate")]
    [InlineData("Peroxide")]
    public void A_fragment_of_a_name_is_not_a_match(string fragment)
    {
        var match = Index.Match(fragment);
        if (match is not null)
        {
            // Only a name that is itself this word (or a one-typo neighbour of it) may match, never a longer name containing it.
            var names = match.Ingredient.Synonyms.Append(match.Ingredient.InciName);
            Assert.Contains(names, n => Math.Abs(NameNormalizer.Normalize(n).Length - fragment.Length) <= CatalogueIndex.FuzzyThreshold(fragment.Length));
        }
    }

    [Fact]
    public void Lactic_and_malic_never_cross()
    {
        Assert.Equal("LACTIC ACID", Index.Match("Lactic Acid")!.Ingredient.InciName);
        Assert.Equal("MALIC ACID", Index.Match("Malic Acid")!.Ingredient.InciName);
        Assert.Equal("LACTIC ACID", Index.Match("Lactc Acid")!.Ingredient.InciName);
        Assert.Equal("MALIC ACID", Index.Match("Malc Acid")!.Ingredient.InciName);
    }

    [Theory]
    [InlineData("PEG-9 Dimethicone")]
    [InlineData("Benzophenone-13")]
    public void Fuzzy_never_changes_a_number(string label)
    {
        var match = Index.MatchFuzzy(label);
        if (match is not null)
        {
            Assert.Equal(new string(label.Where(char.IsAsciiDigit).ToArray()), new string(match.Ingredient.InciName.Where(char.IsAsciiDigit).ToArray()));
        }
    }

    [Fact]
    public void An_equally_close_pair_is_ambiguous_and_gives_no_match()
    {
        // "CI 7749" style: one edit from several names at once. Build a small index to make the tie certain.
        var data = new CatalogueData("test", [
            new Ingredient("lactic-acid", "LACTIC ACID", [], ["aha"], []),
            new Ingredient("lactis-acid", "LACTIS ACID", [], [], []),
        ]);
        var index = CatalogueIndex.Create(data);

        Assert.Null(index.Match("Lactiq Acid"));
        Assert.Equal("LACTIC ACID", index.Match("Lactic Acid")!.Ingredient.InciName);
    }

    [Theory]
    [InlineData("Xylophonic Moonbeam Essence")]
    [InlineData("Qwertyuiop")]
    [InlineData("")]
    [InlineData("***")]
    public void Unknown_names_do_not_match(string label) => Assert.Null(Index.Match(label));

    [Fact]
    public void Suggest_offers_near_names_for_what_stays_unknown()
    {
        var suggestions = Index.Suggest("Sodiom Hyaluronat Crospolymer");
        Assert.NotEmpty(suggestions);
        Assert.Contains(suggestions, s => s.StartsWith("SODIUM HYALURONATE CROSSPOLYMER", StringComparison.Ordinal));
        Assert.True(suggestions.Count <= 3);

        Assert.Empty(Index.Suggest(""));
    }

    [Fact]
    public void Suggest_falls_back_to_prefix_hits()
    {
        var suggestions = Index.Suggest("Hyaluronic", 5);
        Assert.Contains("HYALURONIC ACID", suggestions);
    }

    [Theory]
    [InlineData("Hyaluronic Complex", "HYALURONIC ACID")]
    [InlineData("Niacinamid Serum", "NIACINAMIDE")]
    public void Suggest_offers_names_starting_with_a_word_of_a_label_phrase(string label, string expected)
    {
        Assert.Null(Index.Match(label));
        Assert.Contains(expected, Index.Suggest(label));
    }

    [Fact]
    public void FindById_returns_the_ingredient()
    {
        Assert.Equal("SODIUM HYALURONATE", Index.FindById("sodium-hyaluronate")!.InciName);
        Assert.Null(Index.FindById("no-such-id"));
    }

    [Fact]
    public void Search_ranks_exact_then_prefix_then_contains_and_pages()
    {
        var first = Index.Search("sodium hyaluronate", 0, 5, out var total);
        Assert.Equal("SODIUM HYALURONATE", first[0].InciName);
        Assert.True(total > 5);
        Assert.Equal(5, first.Count);
        Assert.All(first.Skip(1), i => Assert.StartsWith("SODIUM HYALURONATE", i.InciName, StringComparison.Ordinal));

        var all = Index.Search("sodium hyaluronate", 0, total, out var total2);
        Assert.Equal(total, total2);
        Assert.Equal(total, all.Count);
        Assert.Contains(all, i => i.InciName == "HYDROLYZED SODIUM HYALURONATE"); // contains, ranked after prefixes
        var lastPrefix = all.ToList().FindLastIndex(i => i.InciName.StartsWith("SODIUM HYALURONATE", StringComparison.Ordinal));
        var firstContains = all.ToList().FindIndex(i => !i.InciName.StartsWith("SODIUM HYALURONATE", StringComparison.Ordinal));
        Assert.True(lastPrefix < firstContains);

        var second = Index.Search("sodium hyaluronate", 5, 5, out _);
        Assert.Equal(all.Skip(5).Take(5).Select(i => i.Id), second.Select(i => i.Id));
        Assert.Empty(Index.Search("sodium hyaluronate", total, 5, out _));
    }

    [Fact]
    public void Search_finds_synonyms()
    {
        var hits = Index.Search("avobenzone", 0, 10, out var total);
        Assert.Equal("BUTYL METHOXYDIBENZOYLMETHANE", hits[0].InciName);
        Assert.True(total >= 1);
    }

    [Fact]
    public void Search_with_no_query_pages_through_everything()
    {
        var page = Index.Search("", 0, 10, out var total);
        Assert.Equal(Index.Count, total);
        Assert.Equal(10, page.Count);
    }

    [Fact]
    public void Matching_from_many_threads_gives_the_same_answers()
    {
        string[] labels = ["Gylcerin", "Sodum Hyaluronate", "Avobenzone", "Water", "Xylophonic Moonbeam Essence", "Glycolici Acid", "dimethicon"];
        var expected = labels.Select(l => Index.Match(l)?.Ingredient.Id).ToArray();
        var failures = 0;
        Parallel.For(0, 400, i =>
        {
            var label = labels[i % labels.Length];
            if (Index.Match(label)?.Ingredient.Id != expected[i % labels.Length])
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Span_and_string_exact_lookups_agree()
    {
        foreach (var label in new[] { "Sodium Hyaluronate", "Eau", "Butyleneglycol", "Nope Nothing" })
        {
            Assert.Equal(Index.MatchExact(label), Index.MatchExact(label.AsSpan()));
        }
    }
}
