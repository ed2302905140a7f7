using Compatibility.Core.Labels.Reading;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.Labels;

/// <summary>The analyser over the real embedded catalogue: traps of real labels and the recognition goal on the fixtures.</summary>
public sealed class RealCatalogueAnalyzerTests
{
    private static readonly Lazy<LabelAnalyzer> Analyzer = new(() => new LabelAnalyzer(CatalogueIndex.Create(EmbeddedCatalogue.Load())));

    private static AnalyzedEntry Single(string label) => Assert.Single(Analyzer.Value.Analyze(label).Entries);

    [Theory]
    [InlineData("Butyl Methoxydibenzoylmethane", "butyl-methoxydibenzoylmethane", IngredientClass.BenzoylPeroxide)]
    [InlineData("Avobenzone 3%", "butyl-methoxydibenzoylmethane", IngredientClass.BenzoylPeroxide)]
    [InlineData("Ethylhexyl Salicylate", "ethylhexyl-salicylate", IngredientClass.Bha)]
    [InlineData("Octisalate", "ethylhexyl-salicylate", IngredientClass.Bha)]
    [InlineData("Benzyl Salicylate", "benzyl-salicylate", IngredientClass.Bha)]
    [InlineData("Caprylic/Capric Triglyceride", "caprylic-capric-triglyceride", IngredientClass.Aha)]
    public void A_name_is_never_matched_inside_a_longer_name(string label, string id, string notClass)
    {
        var entry = Single(label);

        Assert.Equal(id, entry.Match!.Ingredient.Id);
        Assert.DoesNotContain(notClass, entry.Match.Ingredient.Classes);
    }

    [Theory]
    [InlineData("Gylcerin", "glycerin")]
    [InlineData("Glycolici Acid", "glycolic-acid")]
    [InlineData("Methl Trimethicone", "methyl-trimethicone")]
    [InlineData("Sodum Hyaluronate", "sodium-hyaluronate")]
    public void Typos_from_real_feeds_match_fuzzily(string label, string id)
    {
        var entry = Single(label);

        Assert.Equal(id, entry.Match!.Ingredient.Id);
        Assert.Equal(MatchConfidence.Fuzzy, entry.Match.Confidence);
    }

    [Theory]
    [InlineData("Parfum/Fragrance", "parfum", IngredientClass.Fragrance)]
    [InlineData("Salicylic Acid (BHA/exfoliant)", "salicylic-acid", IngredientClass.Bha)]
    [InlineData("Retinyl Palmitate (Vitamin A)", "retinyl-palmitate", IngredientClass.Retinoid)]
    [InlineData("Ascorbic Acid", "ascorbic-acid", IngredientClass.VitaminC)]
    [InlineData("Octinoxate 7.5%", "ethylhexyl-methoxycinnamate", IngredientClass.ChemicalUvFilter)]
    [InlineData("Zinc Oxide 9%", "zinc-oxide", IngredientClass.MineralUvFilter)]
    public void Label_names_resolve_to_the_ingredient_and_its_class(string label, string id, string cls)
    {
        var entry = Single(label);

        Assert.Equal(id, entry.Match!.Ingredient.Id);
        Assert.Contains(cls, entry.Match.Ingredient.Classes);
    }

    [Fact]
    public void Unknown_names_are_unrecognised_with_suggestions()
    {
        var entry = Single("Sodium Hyalur"); // a name cut short, as feeds do

        Assert.Null(entry.Match);
        Assert.Contains("SODIUM HYALURONATE", entry.Suggestions);
    }

    [Fact]
    public void Clean_real_labels_are_recognised_at_least_99_5_percent()
    {
        // Recognised: the entry and every further ingredient in it matched ("Water (Zorblexamide Quintate-7)" is a miss).
        var entries = LabelFixtures.Names.SelectMany(n => Analyzer.Value.Analyze(LabelFixtures.Read(n)).Entries).ToList();

        var share = (double)entries.Count(e => e.IsRecognized) / entries.Count;

        Assert.True(share >= 0.995, $"recognised {share:P2} of {entries.Count} entries; misses: {string.Join(" | ", entries.Where(e => !e.IsRecognized).Select(e => e.Input))}");
    }

    [Fact]
    public void An_and_blend_is_one_entry_that_names_each_component()
    {
        var entry = Single("Cetearyl Alcohol (and) Cetearyl Glucoside");

        Assert.Equal("cetearyl-alcohol", entry.Match!.Ingredient.Id);
        Assert.Equal(["CETEARYL GLUCOSIDE"], entry.Also.Select(p => p.Match!.Ingredient.InciName));
        Assert.Contains(entry.Readings, r => r.Kind == "component" && r.Outcome == Outcomes.SeparateIngredient);
        Assert.True(entry.IsRecognized);
    }

    [Fact]
    public void A_trade_name_around_a_blend_is_a_trade_name_and_an_unknown_component_is_unrecognised()
    {
        var blend = Single("SEPIPLUS™ 400 (Sodium Polyacrylate (and) Hydrogenated Polydecene (and) Trideceth-6)");
        var unknown = Single("Glycerin (and) Zorblexamide");

        Assert.Equal(3, blend.Ingredients.Count(p => p.Match is not null));
        Assert.Contains(blend.Readings, r => r.Text == "SEPIPLUS 400" && r.Outcome == Outcomes.TradeName);
        Assert.False(unknown.IsRecognized); // an (and) component is an ingredient, never a gloss
        Assert.Contains(unknown.Also, p => p.Text == "Zorblexamide" && p.Match is null);
    }

    [Fact]
    public void A_blend_trade_name_printed_alone_names_its_curated_components()
    {
        var entry = Single("Euxyl PE 9010");

        Assert.Equal(["PHENOXYETHANOL", "ETHYLHEXYLGLYCERIN"], entry.Ingredients.Select(p => p.Match!.Ingredient.InciName).Order(StringComparer.Ordinal).Reverse());
        Assert.Contains(entry.Readings, r => r.Outcome == Outcomes.TradeName);
    }

    [Theory]
    [InlineData("Water Aqua", "WATER")]
    [InlineData("Euphorbia Cerifera (Candelilla) Wax Candelilla CeraCire De Candelilla", "EUPHORBIA CERIFERA WAX")]
    [InlineData("Copernicia Cerifera (Carnauba) Wax Copernicia Cerifera Cera Cire De Carnauba", "COPERNICIA CERIFERA CERA")]
    public void Names_of_one_substance_glued_without_their_slash_are_one_ingredient(string label, string inci)
    {
        var entry = Single(label);

        Assert.Equal(inci, entry.Match!.Ingredient.InciName);
        Assert.Empty(entry.Also);
    }

    [Theory]
    [InlineData("Glycerin Niacinamide")]
    [InlineData("Water Retinol")]
    public void Different_ingredients_glued_together_stay_unrecognised(string label) => Assert.Null(Single(label).Match);

    [Theory]
    [InlineData("Water\\Aqua\\Eau", "WATER")]
    [InlineData("Cera Microcristallina/Microcrystalline Wax/Cire microcrystalline", "CERA MICROCRISTALLINA")]
    [InlineData("Mineral Oil / Paraffinum Liquidum / Huile Minérale", "PARAFFINUM LIQUIDUM")] // one substance: the better-known name
    [InlineData("Beeswax/Cera Alba/Cire D'abeille", "CERA ALBA")]
    public void Backslashes_and_translations_of_multilingual_names_are_read(string label, string inci)
    {
        var entry = Single(label);

        Assert.Equal(inci, entry.Match!.Ingredient.InciName);
        Assert.Empty(entry.Also);
        Assert.True(entry.IsRecognized);
    }

    [Fact]
    public void A_translation_is_a_gloss_and_a_latin_name_of_the_same_substance_is_one_ingredient()
    {
        // Issue 9: "Yeast Extract/Faex/Extrait De Levure" is one ingredient (same-substance.json: FAEX is Latin for yeast).
        var entry = Single("Yeast Extract\\Faex\\Extrait De Levure");

        Assert.Equal(["YEAST EXTRACT"], entry.Ingredients.Select(p => p.Match!.Ingredient.InciName));
        Assert.Contains(entry.Readings, r => r.Text == "Faex" && r.Outcome == Outcomes.SameIngredient);
        Assert.Contains(entry.Readings, r => r.Text == "Extrait De Levure" && r.Outcome == Outcomes.Gloss);
    }

    [Theory]
    [InlineData("CI 77499 (Iron Oxides)", new[] { "CI 77499" })]
    [InlineData("Iron Oxides (CI 77499)", new[] { "CI 77499" })]
    [InlineData("Iron Oxides (CI 77491, CI 77492, CI 77499)", new[] { "CI 77491", "CI 77492", "CI 77499" })]
    [InlineData("Chondrus Crispus (Carrageenan)", new[] { "CHONDRUS CRISPUS" })]
    [InlineData("Sea Salt (Maris Sal)", new[] { "SEA SALT" })]
    [InlineData("Whey Protein / Lactis Protein / Protéine Du Petit-Lait", new[] { "LACTIS PROTEINUM" })]
    public void A_family_or_common_name_beside_the_ingredient_adds_no_second_ingredient(string label, string[] inci)
    {
        // "Iron Oxides" alone reads as red iron oxide (CI 77491); beside a colour index it is the family name and loses.
        Assert.Equal(inci, Single(label).Ingredients.Select(p => p.Match!.Ingredient.InciName));
    }

    [Fact]
    public void A_marketing_name_in_a_bracket_loses_to_the_inci_name()
    {
        var entry = Single("sodium hyaluronate crosspolymer (3D hyaluronic acid)");

        Assert.Equal("SODIUM HYALURONATE CROSSPOLYMER", entry.Match!.Ingredient.InciName);
        Assert.True(entry.IsRecognized);
        Assert.Contains(entry.Readings, r => r.Text == "3D hyaluronic acid" && r.Outcome == Outcomes.GenericName);
    }

    [Theory]
    [InlineData("Adapalene USP, 0.1% (retinoid)", "ADAPALENE", IngredientClass.Retinoid)]
    [InlineData("Hydroquinone USP, 4% (40 mg/g)", "HYDROQUINONE", IngredientClass.Depigmenting)]
    [InlineData("Precipitated Sulfur U.S.P. 10%", "SULFUR", IngredientClass.Keratolytic)]
    [InlineData("Oil of Wintergreen 28%", "GAULTHERIA PROCUMBENS LEAF OIL", IngredientClass.Irritant)]
    [InlineData("Corn Kernel Meal", "ZEA MAYS KERNEL MEAL", IngredientClass.PossibleExfoliant)]
    [InlineData("Carrot Seed Oil", "DAUCUS CAROTA SATIVA SEED OIL", IngredientClass.EssentialOil)]
    [InlineData("Frankincense Essential Oil", "BOSWELLIA CARTERII OIL", IngredientClass.EssentialOil)]
    public void Drug_and_common_names_resolve_with_their_class(string label, string inci, string cls)
    {
        var entry = Single(label);

        Assert.Equal(inci, entry.Match!.Ingredient.InciName);
        Assert.Contains(cls, entry.Match.Ingredient.Classes);
    }

    [Theory]
    [InlineData("Sclerocarya Birrea (Marula) Kernel Oil", "SCLEROCARYA BIRREA SEED OIL")]
    [InlineData("Glycine Soja (Soybean Oil)", "GLYCINE SOJA OIL")]
    [InlineData("40 mg of hydroquinone USP", "HYDROQUINONE")]
    [InlineData("Avene Thermal Spring Water (Avene Aqua)", "AVENE AQUA")]
    public void Label_forms_around_a_name_resolve(string label, string inci) =>
        Assert.Equal(inci, Single(label).Match!.Ingredient.InciName);

    [Theory]
    [InlineData("Chamomilla Recutita (Matricaria)", "CHAMOMILLA RECUTITA FLOWER OIL")]
    [InlineData("vaccinium myrtillus extract", "VACCINIUM MYRTILLUS FRUIT EXTRACT")]
    [InlineData("Illicium Verum (Anise) Oil", "ILLICIUM VERUM FRUIT OIL")]
    public void A_name_without_its_plant_part_reports_the_candidates_instead_of_guessing(string label, string candidate)
    {
        var entry = Single(label);

        Assert.Null(entry.Match);
        Assert.Contains(candidate, entry.Suggestions);
        Assert.StartsWith("The plant part is not printed", entry.Ambiguity, StringComparison.Ordinal);
    }

    [Theory]
    // The retailer text of issue 9 on one line, and the same bullets one per line.
    [InlineData("Key ingredients: -4% Glycolic Acid Complex: helps to exfoliate and brighten. -2% Salicylic Acid (BHA): unclogs pores.")]
    [InlineData("Key ingredients:\n-4% Glycolic Acid Complex: helps to exfoliate and brighten.\n-2% Salicylic Acid (BHA): unclogs pores.")]
    public void Every_key_ingredient_bullet_of_a_description_is_an_active_with_its_percentage(string label)
    {
        var analysis = Analyzer.Value.Analyze(label);

        Assert.Equal(["glycolic-acid", "salicylic-acid"], analysis.Entries.Select(e => e.Match!.Ingredient.Id));
        Assert.Equal([4m, 2m], analysis.Entries.Select(e => e.Percent));
        Assert.All(analysis.Entries, e => Assert.Equal(EntryOrigin.Description, e.Origin));
        Assert.Equal([IngredientClass.Aha, IngredientClass.Bha], analysis.Classes);
        Assert.True(analysis.IsIncomplete);
    }

    [Theory]
    [InlineData("Glycerin (Glycolic Acid 10%)", null)]
    [InlineData("Glycerin 5% (Glycolic Acid 10%)", 5.0)]
    public void A_percentage_in_a_bracket_belongs_to_the_bracket_and_not_to_the_name_outside(string label, double? glycerinPercent)
    {
        var entry = Single(label);

        Assert.Equal("glycolic-acid", entry.Match!.Ingredient.Id);
        Assert.Equal(10m, entry.Percent);
        var glycerin = Assert.Single(entry.Also);
        Assert.Equal("glycerin", glycerin.Match!.Ingredient.Id);
        Assert.Equal((decimal?)glycerinPercent, glycerin.Percent);
    }

    [Fact]
    public void A_generic_name_in_a_description_bracket_loses_to_the_inci_name_before_it()
    {
        // "(BHA)" alone is butylated hydroxyanisole, an antioxidant without a class: it must not hide the salicylic acid.
        var entry = Single("Key ingredients:\n-2% Salicylic Acid (BHA): unclogs pores.");

        Assert.Equal("salicylic-acid", entry.Match!.Ingredient.Id);
        Assert.Empty(entry.Also);
        Assert.Contains(entry.Readings, r => r.Text == "BHA" && r.Outcome == Outcomes.GenericName);
    }

    [Fact]
    public void Dash_bullets_inside_description_prose_yield_only_the_actives()
    {
        const string label = "Key ingredients: Niacinamide: calms. - Retinol: renews. - Love: makes it glow. Suitable for all skin types.";
        var analysis = Analyzer.Value.Analyze(label);

        Assert.Equal(["niacinamide", "retinol"], analysis.Entries.Select(e => e.Match!.Ingredient.Id));
        Assert.Contains(analysis.Dropped, d => label[d.Start..d.End] == "Love" && d.Reason == DropReason.Description);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Every_fixture_entry_is_accounted_for(string fixture)
    {
        var analysis = Analyzer.Value.Analyze(LabelFixtures.Read(fixture));
        var parsed = LabelParser.Parse(LabelFixtures.Read(fixture));

        // Every parsed entry is an analysed entry, half of a joined pair, or a description dropped with its reason.
        var listed = analysis.Entries.Where(e => e.Origin == EntryOrigin.Label).ToList();
        var joinedTails = listed.Count(e => e.Readings.Any(r => r.Kind == "joined"));
        Assert.Equal(parsed.Count(e => e.Origin == EntryOrigin.Label), listed.Count + joinedTails);
        Assert.Equal(
            parsed.Count(e => e.Origin == EntryOrigin.Description),
            analysis.Entries.Count(e => e.Origin == EntryOrigin.Description) + analysis.Dropped.Count(d => d.Reason == DropReason.Description));
        Assert.Equal(analysis.Entries.Count, analysis.Recognized + analysis.Unrecognized);
    }

    public static TheoryData<string> Fixtures() => new(LabelFixtures.Names);
}
