using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.Labels;

/// <summary>Every real-label fixture parses into the entries a person reading the pack would list.</summary>
public sealed class LabelParserFixtureTests
{
    [Theory]
    [InlineData("artisan-balm-bracket-commas.txt", 6, "Butyrospermum Parkii (Shea) Butter*", "Tocopherol (Vitamin E)", 0)]
    [InlineData("bilingual-heading-percent-in-brackets.txt", 10, "Aqua (Water/Eau)", "Phenoxyethanol", 0)]
    [InlineData("bulleted-lines.txt", 6, "Aqua", "Phenoxyethanol", 0)]
    [InlineData("cerave-foaming-facial-cleanser-us.txt", 21, "Purified Water", "Hyaluronic Acid", 0)]
    [InlineData("cerave-moisturising-cream-eu.txt", 24, "AQUA / WATER", "ETHYLHEXYLGLYCERIN", 0)]
    [InlineData("cosrx-advanced-snail-96-mucin.txt", 12, "Snail Secretion Filtrate", "Arginine", 0)]
    [InlineData("drug-facts-panel-ocr.txt", 14, "Avobenzone 3%", "disodium edta", 0)]
    [InlineData("eltamd-uv-clear-spf-46.txt", 20, "Zinc Oxide 9.0%", "Ethylhexylglycerin", 0)]
    [InlineData("eu-cream-fragrance-allergens.txt", 19, "Aqua/Water/Eau", "Sodium Dehydroacetate", 0)]
    [InlineData("indie-body-butter-common-names.txt", 7, "Organic Shea Butter", "Rosemary Extract", 0)]
    [InlineData("indie-toner-common-names.txt", 11, "Water", "Potassium Sorbate", 0)]
    [InlineData("garnier-micellar-water-fil-code.txt", 7, "AQUA / WATER", "POLYAMINOPROPYL BIGUANIDE", 0)]
    [InlineData("kiehls-ultra-facial-cream-slashes.txt", 23, "Aqua / Water / Eau", "Parfum / Fragrance", 0)]
    [InlineData("la-roche-posay-anthelios-uvmune-fluid.txt", 21, "AQUA / WATER", "PARFUM / FRAGRANCE", 0)]
    [InlineData("la-roche-posay-effaclar-duo-bullets.txt", 24, "AQUA / WATER", "PHENOXYETHANOL", 0)]
    [InlineData("liquid-foundation-bracketed-may-contain.txt", 15, "Aqua/Water/Eau", "CI 77499 (Iron Oxides)", 4)]
    [InlineData("lowercase-feed.txt", 18, "water", "citric acid", 0)]
    [InlineData("marketing-before-and-disclaimer-after.txt", 12, "Aqua (Water)", "Chlorphenesin", 0)]
    [InlineData("mineral-foundation-may-contain-plus-minus.txt", 12, "Mica", "Bismuth Oxychloride (CI 77163)", 4)]
    [InlineData("mineral-sunscreen-slash-inci.txt", 11, "ZINC OXIDE", "ISOSTEARIC ACID", 0)]
    [InlineData("moisturiser-bracketed-trade-blend.txt", 8, "Aqua (Water)", "Potassium Sorbate", 0)]
    [InlineData("neutrogena-ultra-sheer-dry-touch-spf-55.txt", 26, "Avobenzone 3%", "Fragrance", 0)]
    [InlineData("newline-separated.txt", 9, "Aqua", "Ethylhexylglycerin", 0)]
    [InlineData("organic-cream-glued-footnotes.txt", 13, "Aqua", "Linalool**", 0)]
    [InlineData("paulas-choice-1-retinol-treatment.txt", 12, "Water (Aqua)", "Phenoxyethanol (preservative)", 0)]
    [InlineData("paulas-choice-skin-perfecting-2-bha-liquid.txt", 8, "Water (Aqua)", "Tetrasodium EDTA (stabilizer)", 0)]
    [InlineData("peptide-serum-trademarks-and-blends.txt", 8, "Aqua (Water)", "Ethylhexylglycerin", 0)]
    [InlineData("pressed-powder-may-contain-missing-comma.txt", 12, "Talc", "Bismuth Oxychloride (CI 77163)", 3)]
    [InlineData("python-list-feed.txt", 12, "water", "disodium edta", 0)]
    [InlineData("retailer-key-ingredients-then-full-list.txt", 13, "Niacinamide", "Ethylhexylglycerin", 0)]
    [InlineData("semicolon-separated.txt", 8, "Aqua", "Ethylhexylglycerin", 0)]
    [InlineData("skincare-kit-three-products.txt", 26, "Aqua", "Xanthan Gum", 0)]
    [InlineData("the-ordinary-glycolic-acid-7-toning-solution.txt", 20, "Aqua (Water)", "Caprylyl Glycol", 0)]
    [InlineData("the-ordinary-hyaluronic-acid-2-b5.txt", 17, "Aqua (Water)", "Caprylyl Glycol", 0)]
    [InlineData("the-ordinary-niacinamide-10-zinc-1.txt", 11, "Aqua (Water)", "Chlorphenesin", 0)]
    [InlineData("the-ordinary-retinol-05-in-squalane.txt", 6, "Squalane", "BHT", 0)]
    [InlineData("tinted-moisturiser-spf-glued-percentage.txt", 11, "Zinc Oxide 9%", "Iron Oxides", 0)]
    [InlineData("travel-kit-colon-headings.txt", 12, "Aqua (Water)", "Phenoxyethanol", 0)]
    [InlineData("unicode-dashes-nbsp.txt", 10, "Aqua", "Ethylhexylglycerin", 0)]
    [InlineData("weleda-skin-food-footnote.txt", 19, "Water (Aqua)", "Coumarin*", 0)]
    [InlineData("uppercase-heading-trailing-origin.txt", 11, "AQUA (WATER)", "PARFUM (FRAGRANCE)", 0)]
    public void Fixture_parses_into_the_printed_entries(string fixture, int count, string first, string last, int mayContain)
    {
        var entries = LabelParser.Parse(LabelFixtures.Read(fixture));

        Assert.Equal(count, entries.Count);
        Assert.Equal(first, entries[0].Input);
        Assert.Equal(last, entries[^1].Input);
        Assert.Equal(mayContain, entries.Count(e => e.MayContain));
        Assert.Equal(Enumerable.Range(1, count), entries.Select(e => e.Position));
        Assert.All(entries, e => Assert.NotEmpty(e.Candidates));
    }
}
