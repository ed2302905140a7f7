using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.Labels;

/// <summary>Each trap of aftercare.md "What real ingredient labels look like", one at a time.</summary>
public sealed class LabelParserTests
{
    private static IReadOnlyList<LabelEntry> Parse(string label) => LabelParser.Parse(label);

    private static string[] Inputs(string label) => Parse(label).Select(e => e.Input).ToArray();

    [Theory]
    [InlineData("Aqua (Water)", new[] { "Aqua (Water)", "Aqua", "Water" })]
    [InlineData("Parfum/Fragrance", new[] { "Parfum/Fragrance", "Parfum", "Fragrance" })]
    [InlineData("Water/Aqua/Eau", new[] { "Water/Aqua/Eau", "Water", "Aqua", "Eau" })]
    [InlineData("Aqua / Water", new[] { "Aqua / Water", "Aqua", "Water" })]
    [InlineData("Persea Gratissima (Avocado) Oil", new[] { "Persea Gratissima (Avocado) Oil", "Persea Gratissima Oil", "Avocado Oil" })]
    [InlineData("Mel (Honey) Extract", new[] { "Mel (Honey) Extract", "Mel Extract", "Honey Extract" })]
    [InlineData("Persea Gratissima Oil / Avocado Oil", new[] { "Persea Gratissima Oil / Avocado Oil", "Persea Gratissima Oil", "Avocado Oil" })]
    [InlineData("Tocopheryl Acetate – Vitamin E", new[] { "Tocopheryl Acetate - Vitamin E", "Tocopheryl Acetate", "Vitamin E" })]
    [InlineData("Organic Cold-Pressed Rosehip Oil", new[] { "Organic Cold-Pressed Rosehip Oil", "Rosehip Oil" })]
    public void Synonyms_become_candidates_after_the_whole_name(string label, string[] candidates)
    {
        var entry = Assert.Single(Parse(label));
        Assert.Equal(candidates, entry.Candidates);
    }

    [Theory]
    [InlineData("LACTOBACILLUS/RADISH ROOT FERMENT FILTRATE")]
    [InlineData("Caprylic/Capric Triglyceride")]
    [InlineData("Acrylates/C10-30 Alkyl Acrylate Crosspolymer")]
    [InlineData("C12-15 Alkyl Benzoate")]
    [InlineData("CI 77491")]
    [InlineData("1,2-Hexanediol")]
    [InlineData("Diethylhexyl 2,6-Naphthalate")]
    [InlineData("PEG/PPG-18/18")]
    public void Real_inci_names_with_slashes_digits_and_commas_stay_whole(string name)
    {
        var entry = Assert.Single(Parse($"{name}, Glycerin").Take(1));
        Assert.Equal(name, entry.Input);
        Assert.Equal(name, entry.Name);
        Assert.Equal(name, entry.Candidates[0]); // the whole is looked up first; its parts only when it names nothing
    }

    [Fact]
    public void A_separator_right_after_a_one_letter_word_still_splits()
    {
        Assert.Equal(["Vitamin E", "Glycerin", "Vitamin C"], Inputs("Vitamin E, Glycerin, Vitamin C"));
    }

    [Fact]
    public void Commas_inside_brackets_do_not_split_entries()
    {
        var entries = Parse("Persea Gratissima (Extra Virgin, Cold Pressed Avocado) Oil, Glycerin");

        Assert.Equal(2, entries.Count);
        Assert.Equal("Persea Gratissima (Extra Virgin, Cold Pressed Avocado) Oil", entries[0].Input);
        Assert.Contains("Persea Gratissima Oil", entries[0].Candidates);
    }

    [Fact]
    public void An_and_blend_is_one_entry_whose_components_are_its_readings()
    {
        var entries = Parse("Glycerin, Sodium Polyacrylate (and) Hydrogenated Polydecene (and) Trideceth-6, Tocopherol");

        Assert.Equal(["Glycerin", "Sodium Polyacrylate (and) Hydrogenated Polydecene (and) Trideceth-6", "Tocopherol"], entries.Select(e => e.Input));
        Assert.Equal(["Sodium Polyacrylate", "Hydrogenated Polydecene", "Trideceth-6"], entries[1].Components.Select(c => c.Text));
        Assert.All(entries[1].Components, c => Assert.Equal(ReadingKind.BlendComponent, c.Kind));
    }

    [Fact]
    public void A_trade_name_around_an_and_blend_is_the_outside_reading_of_one_entry()
    {
        var entries = Parse("Aqua, Sepigel™ 305 (Polyacrylamide (and) C13-14 Isoparaffin (and) Laureth-7)");

        Assert.Equal(["Aqua", "Sepigel™ 305 (Polyacrylamide (and) C13-14 Isoparaffin (and) Laureth-7)"], entries.Select(e => e.Input));
        Assert.Equal(
            [(ReadingKind.Outside, "Sepigel 305"), (ReadingKind.BlendComponent, "Polyacrylamide"), (ReadingKind.BlendComponent, "C13-14 Isoparaffin"), (ReadingKind.BlendComponent, "Laureth-7")],
            entries[1].Components.Select(c => (c.Kind, c.Text)));
    }

    [Fact]
    public void A_blend_component_keeps_its_own_trailing_bracket()
    {
        var entry = Assert.Single(Parse("Methylchloroisothiazolinone (and) Methylisothiazolinone (Kathon CG)"));

        Assert.Equal(
            [(ReadingKind.BlendComponent, "Methylchloroisothiazolinone"), (ReadingKind.BlendComponent, "Methylisothiazolinone"), (ReadingKind.Bracket, "Kathon CG")],
            entry.Components.Select(c => (c.Kind, c.Text)));
    }

    [Theory]
    [InlineData("Mica, Talc, May Contain (+/-): CI 77491, CI 77492.")]
    [InlineData("Mica, Talc [+/-: CI 77491, CI 77492]")]
    [InlineData("Mica, Talc, [+/- CI 77491, CI 77492]")]
    [InlineData("Mica, Talc May Contain/Peut Contenir: CI 77491, CI 77492")]
    [InlineData("Mica, Talc. may contain: CI 77491, CI 77492")]
    [InlineData("Mica, Talc +/- CI 77491, CI 77492")]
    [InlineData("Mica, Talc, ± CI 77491, CI 77492")]
    public void May_contain_blocks_are_flagged(string label)
    {
        var entries = Parse(label);

        Assert.Equal(["Mica", "Talc", "CI 77491", "CI 77492"], entries.Select(e => e.Input));
        Assert.Equal([false, false, true, true], entries.Select(e => e.MayContain));
    }

    [Fact]
    public void Drug_facts_actives_lose_their_percentages_and_the_glued_inactive_is_split_off()
    {
        var entries = Parse("Active Ingredients: Zinc Oxide 9%, Octinoxate 7.5% Inactive Ingredients: Water, Glycerin");

        Assert.Equal(["Zinc Oxide 9%", "Octinoxate 7.5%", "Water", "Glycerin"], entries.Select(e => e.Input));
        Assert.Equal(["Zinc Oxide", "Octinoxate", "Water", "Glycerin"], entries.Select(e => e.Name));
    }

    [Fact]
    public void A_percentage_glued_to_the_next_name_ends_the_entry()
    {
        Assert.Equal(["Zinc Oxide", "Octinoxate", "Water", "Dimethicone"],
            Parse("Active Ingredients: Zinc Oxide 9%, Octinoxate 7.5%Water, Dimethicone").Select(e => e.Name));
    }

    [Fact]
    public void Drug_facts_purposes_are_not_entries()
    {
        Assert.Equal(["Avobenzone", "Homosalate", "Water"],
            Parse("Active ingredients Purpose Avobenzone 3% Sunscreen Homosalate 10% Sunscreen Inactive ingredients Water").Select(e => e.Name));
    }

    [Fact]
    public void Kits_list_every_product_without_product_names()
    {
        Assert.Equal(["Aqua", "Glycerin", "Aqua", "Niacinamide"],
            Inputs("Product Name: Gentle Cleanser Ingredients: Aqua, Glycerin. Product Name: Toner Ingredients: Aqua, Niacinamide."));
    }

    [Fact]
    public void Marketing_and_directions_before_the_ingredients_heading_are_dropped()
    {
        Assert.Equal(["Aqua", "Glycerin"],
            Inputs("A rich cream for dry skin, with shea. Directions: apply daily. Ingredients: Aqua, Glycerin."));
    }

    [Fact]
    public void Disclaimers_after_the_list_are_dropped()
    {
        Assert.Equal(["Aqua", "Glycerin"],
            Inputs("Aqua, Glycerin. Please be aware that ingredient lists may change. Please refer to the product packaging."));
    }

    [Fact]
    public void Trailing_full_stops_and_trade_marks_are_not_part_of_names()
    {
        var entries = Parse("Hyaluronic Acid®, Matrixyl™ 3000, Glycerin©, Alcohol Denat.");

        Assert.Equal(["Hyaluronic Acid", "Matrixyl 3000", "Glycerin", "Alcohol Denat"], entries.Select(e => e.Name));
    }

    [Fact]
    public void Footnote_markers_are_removed_and_footnote_lines_dropped()
    {
        var entries = Parse("Aqua, Aloe Barbadensis Leaf Juice*, Linalool** *organic **from natural essential oils");

        Assert.Equal(["Aqua", "Aloe Barbadensis Leaf Juice", "Linalool"], entries.Select(e => e.Name));
    }

    [Fact]
    public void A_footnote_after_a_full_stop_is_dropped()
    {
        Assert.Equal(["Water", "Coumarin"], Parse("Water, Coumarin*. *Component of natural essential oils").Select(e => e.Name));
    }

    [Theory]
    [InlineData("['water', 'glycerin', 'butylene glycol']")]
    [InlineData("[\"water\", \"glycerin\", \"butylene glycol\"]")]
    [InlineData("water\nglycerin\nbutylene glycol\n")]
    [InlineData("water;glycerin;butylene glycol")]
    [InlineData("• water\r\n• glycerin\r\n• butylene glycol")]
    [InlineData("water | glycerin | butylene glycol")]
    public void Feeds_and_other_separators_yield_the_same_entries(string label)
    {
        Assert.Equal(["water", "glycerin", "butylene glycol"], Inputs(label));
    }

    [Fact]
    public void Unicode_dashes_and_non_breaking_spaces_are_normalised_in_names()
    {
        var entry = Parse("PEG\u2011100\u00a0Stearate, C12\u201315\u00a0Alkyl Benzoate");

        Assert.Equal(["PEG-100 Stearate", "C12-15 Alkyl Benzoate"], entry.Select(e => e.Name));
    }

    [Fact]
    public void Percent_and_nano_brackets_leave_a_clean_name()
    {
        var entries = Parse("Zinc Oxide (20%), Titanium Dioxide [nano]");

        Assert.Equal("Zinc Oxide", entries[0].Name);
        Assert.Contains("Titanium Dioxide", entries[1].Candidates);
    }

    [Fact]
    public void Formula_codes_after_the_list_are_not_entries()
    {
        Assert.Equal(["AQUA", "GLYCERIN"], Inputs("AQUA, GLYCERIN. (F.I.L. B166155/2) <ILN41209>"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData(",,, ; .")]
    [InlineData("Ingredients:")]
    public void Empty_labels_have_no_entries(string? label) => Assert.Empty(Parse(label!));

    [Fact]
    public void Unbalanced_brackets_do_not_swallow_the_rest_of_the_list()
    {
        Assert.Equal(["Aqua (Water", "Glycerin", "Niacinamide"], Inputs("Aqua (Water, Glycerin, Niacinamide"));
    }

    [Fact]
    public void Positions_count_may_contain_entries_in_label_order()
    {
        var entries = Parse("Mica, Talc [+/-: CI 77491], Silica");

        Assert.Equal(["Mica", "Talc", "CI 77491", "Silica"], entries.Select(e => e.Input));
        Assert.Equal([1, 2, 3, 4], entries.Select(e => e.Position));
    }
}
