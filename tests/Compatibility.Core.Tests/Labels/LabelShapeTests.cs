using Compatibility.Core.Labels;
using Compatibility.Core.Labels.Reading;

namespace Compatibility.Core.Tests.Labels;

/// <summary>The label shapes of issue 9 that the structure pass reads, one at a time (entries as a person reads them).</summary>
public sealed class LabelShapeTests
{
    private static string[] Names(string label) => LabelParser.Parse(label).Select(e => e.Name).ToArray();

    private static string[] Inputs(string label) => LabelParser.Parse(label).Select(e => e.Input).ToArray();

    private static string[] Tagged(string label) =>
        LabelParser.Parse(label).Select(e => (e.Origin == EntryOrigin.Description ? "[desc] " : "") + e.Input).ToArray();

    [Fact]
    public void An_html_line_break_separates_like_a_line_break()
    {
        Assert.Equal(["Zinc Oxide 20%", "Water", "Glycerin"], Inputs("Active: Zinc Oxide 20%.<br>Inactive: Water, Glycerin"));
        Assert.Equal(["Octisalate 5.00%", "Water"], Inputs("Active: Octisalate 5.00%<br />Inactive: Water"));
    }

    [Fact]
    public void A_comma_list_wrapped_at_the_line_end_keeps_its_names_whole()
    {
        Assert.Equal(
            ["Water", "Lysine Carboxymethyl Cysteinate", "Fragrance (Parfum)", "Sea Salt (Maris Sal)", "Menthol"],
            Names("Water, Lysine\nCarboxymethyl Cysteinate, Fragrance\n(Parfum), Sea\nSalt (Maris Sal), Menthol"));
    }

    [Theory]
    [InlineData("Cleanser: Aqua, Glycerin\nSerum: Aqua, Niacinamide", new[] { "Aqua", "Glycerin", "Aqua", "Niacinamide" })]
    [InlineData("Mica, Talc\nMay Contain: CI 77491, CI 77492", new[] { "Mica", "Talc", "CI 77491", "CI 77492" })]
    [InlineData("Aqua, Linalool\n*organic ingredients, **natural", new[] { "Aqua", "Linalool" })]
    public void A_line_that_starts_a_section_or_a_footnote_is_no_wrap(string label, string[] names) => Assert.Equal(names, Names(label));

    [Fact]
    public void A_formula_code_inside_the_text_ends_the_list()
    {
        var parsed = LabelParser.Read("Linalool, Benzyl Benzoate <ILN45755> Please be aware that ingredient lists may change.");

        Assert.Equal(["Linalool", "Benzyl Benzoate"], parsed.Entries.Select(e => e.Input));
        Assert.Contains(parsed.Dropped, d => d.Reason == DropReason.ReferenceCode);
    }

    [Theory]
    [InlineData("Aqua, Fragrance (parfum). [bi 442]", new[] { "Aqua", "Fragrance (parfum)" })]
    [InlineData("Mica, [CI 77491]", new[] { "Mica", "CI 77491" })]
    public void A_bracketed_batch_code_is_no_entry_but_a_colour_index_is(string label, string[] inputs) => Assert.Equal(inputs, Inputs(label));

    [Fact]
    public void Drug_prose_each_gram_contains_reads_the_active_and_the_base()
    {
        Assert.Equal(
            ["40 mg of hydroquinone USP", "aqua (water)", "BHT", "tocopheryl acetate"],
            Inputs("Each gram of Hydroquinone USP, 4% Cream contains 40 mg of hydroquinone USP, in a vanishing cream base of aqua (water), BHT, and tocopheryl acetate."));
        Assert.Equal(
            ["5% benzoyl peroxide", "carbomer homopolymer type C", "sodium hydroxide"],
            Inputs("Benzoyl Peroxide Gel, 5% Gel contains: 5% benzoyl peroxide, in an aqueous gel base formulated with carbomer homopolymer type C, and sodium hydroxide."));
    }

    [Fact]
    public void Contains_in_a_sentence_is_no_heading() =>
        Assert.Equal(["Aqua", "Glycerin"], Inputs("Aqua, Glycerin. This serum contains no parabens."));

    [Fact]
    public void A_strength_after_a_comma_belongs_to_the_active_before_it()
    {
        var entries = LabelParser.Parse("Active ingredients: Hydroquinone USP, 4% (40 mg/g); Octinoxate USP, 7.5%\nInactive ingredients: water");

        Assert.Equal(["Hydroquinone USP, 4% (40 mg/g)", "Octinoxate USP, 7.5%", "water"], entries.Select(e => e.Input));
        Assert.Equal([4m, 7.5m, null], entries.Select(e => e.Percent));
        Assert.Equal("Hydroquinone USP", entries[0].Name);
    }

    [Fact]
    public void A_footnote_sentence_after_a_marked_active_is_dropped()
    {
        Assert.Equal(
            ["Adapalene USP, 0.1% (retinoid)*", "water"],
            Inputs("Active ingredient\nAdapalene USP, 0.1% (retinoid)*\n*read consumer information leaflet\nPurpose\nAcne treatment\nInactive ingredients\nwater"));
    }

    [Theory]
    [InlineData("SHADES: HAPPY, GRATEFUL Hydrogenated Polyisobutene, Mica. SHADE: LOVE Isododecane, Silica", new[] { "Hydrogenated Polyisobutene", "Mica", "Isododecane", "Silica" })]
    [InlineData("BROW GEL SHADE:SOFT BLACK Water/Aqua/Eau, Glycerin", new[] { "Water/Aqua/Eau", "Glycerin" })]
    [InlineData("Water, Glycerin. BROW PENCIL C12-15 Alkyl Ethylhexanoate, Polyethylene", new[] { "Water", "Glycerin", "C12-15 Alkyl Ethylhexanoate", "Polyethylene" })]
    [InlineData("Water. DMDM Hydantoin, Glycerin", new[] { "Water", "DMDM Hydantoin", "Glycerin" })]
    [InlineData("PVP VA Copolymer, Glycerin", new[] { "PVP VA Copolymer", "Glycerin" })]
    [InlineData("AQUA, GLYCERIN. PEG-100 STEARATE, SD ALCOHOL 40", new[] { "AQUA", "GLYCERIN", "PEG-100 STEARATE", "SD ALCOHOL 40" })]
    public void Shade_and_product_titles_in_capitals_are_not_part_of_the_first_name(string label, string[] inputs) => Assert.Equal(inputs, Inputs(label));

    [Fact]
    public void A_drug_facts_heading_alone_on_its_line_skips_the_next_line_too()
    {
        Assert.Equal(
            ["Menthol 16%", "Eucalyptus Oil", "Yellow 5"],
            Inputs("Active Ingredients Purpose\nMenthol 16% Topical Analgesic\nUses\nFor relief of aches, arthritis, bruises\nWarnings\nFor external use only\n" +
                   "Inactive Ingredients\nEucalyptus Oil, Yellow 5\nQuestions?\nCall toll-free 800-582-4048"));
    }

    [Fact]
    public void An_abbreviation_stop_inside_a_colour_name_is_no_sentence_end()
    {
        Assert.Equal(["FD&C Blue No. 1", "Ext. D&C Violet No. 2", "Ext. Violet 2 (CI 60730)"], Inputs("FD&C Blue No. 1, Ext. D&C Violet No. 2, Ext. Violet 2 (CI 60730)"));
    }

    [Fact]
    public void A_kit_title_and_step_headings_are_no_entries_and_hide_no_first_entry()
    {
        Assert.Equal(
            ["Aqua (Water)", "Glycerin", "Aqua (Water)", "Panthenol"],
            Inputs("Post-Procedure Kit\nStep 1 – Gentle Cleanser: Aqua (Water), Glycerin.\nStep 2 – Serum: Aqua (Water), Panthenol."));
    }

    [Fact]
    public void Names_after_a_key_ingredients_heading_are_descriptions_and_stay_when_the_list_starts()
    {
        Assert.Equal(
            ["[desc] Niacinamide", "[desc] Zinc", "Aqua", "Zinc PCA"],
            Tagged("Key Ingredients: Niacinamide, Zinc. Full Ingredients List: Aqua, Zinc PCA"));
        Assert.Equal(
            ["[desc] 4% Glycolic Acid Complex", "[desc] Niacinamide"],
            Tagged("Key Ingredients:\n-4% Glycolic Acid Complex: helps to exfoliate dead skin.\n-Niacinamide: helps to even skin tone.\nSuitable for all skin types. Vegan and cruelty free."));
    }

    [Fact]
    public void Bullet_lines_of_names_before_a_colon_and_prose_are_descriptions_and_the_list_after_them_is_not()
    {
        Assert.Equal(
            ["[desc] Blend 25% (Glycolic + Lactic)", "[desc] Salicylic Acid (BHA) 2%", "[desc] Matcha", "[desc] Milk Thistle", "[desc] Apple Extracts", "Water", "Glycolic Acid"],
            Tagged("- Blend 25% (Glycolic + Lactic) and Salicylic Acid (BHA) 2%: exfoliates the skin.<br>- Matcha, Milk Thistle, and Apple Extracts: Contain potent antioxidant properties.\nWater, Glycolic Acid"));
    }

    [Fact]
    public void A_marketing_sentence_names_its_oils_after_a_connector()
    {
        Assert.Equal(
            ["[desc] Jojoba Seed Oil*", "[desc] Hemp Seed Oil", "[desc] Grapeseed Oil", "[desc] Tea Tree Oil"],
            Tagged("A deeply hydrating, botanical facial oil containing Jojoba Seed Oil*, Hemp Seed Oil, Grapeseed Oil with Tea Tree Oil in a 30ml glass dropper. You can choose a pipette.\n*Cold pressed and Unrefined"));
    }

    [Fact]
    public void A_marketing_sentence_before_the_list_heading_is_marketing() =>
        Assert.Equal(["Aqua", "Glycerin"], Inputs("A rich cream with shea. Ingredients: Aqua, Glycerin."));
}
