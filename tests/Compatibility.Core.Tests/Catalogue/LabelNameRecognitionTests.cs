using Compatibility.Core.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Catalogue;

/// <summary>What labels really print, resolved against the shipped catalogue (issue 9, part 3). Expected INCI names checked by hand against the sources in seeds/curated.</summary>
public class LabelNameRecognitionTests
{
    private static CatalogueIndex Index => ShippedCatalogue.Index;

    private static string? Inci(string name) => Index.MatchExact(name)?.Ingredient.InciName;

    [Theory]
    [InlineData("CI 77891", "CI 77891")]
    [InlineData("C.I. 77891", "CI 77891")]
    [InlineData("CI77891", "CI 77891")]
    [InlineData("Ci 77491", "CI 77491")]
    [InlineData("CI 15850:1", "CI 15850")]
    [InlineData("FD&C Yellow No. 5", "CI 19140")]
    [InlineData("Yellow 5", "CI 19140")]
    [InlineData("Yellow 5 Lake", "CI 19140")]
    [InlineData("FD&C Yellow #5 Aluminum Lake", "CI 19140")]
    [InlineData("Red 40", "CI 16035")]
    [InlineData("Red 40 Lake", "CI 16035")]
    [InlineData("D&C Red No. 27", "CI 45410")]
    [InlineData("Red 28 Lake", "CI 45410")]
    [InlineData("Blue 1", "CI 42090")]
    [InlineData("Blue 1 Lake", "CI 42090")]
    [InlineData("Red 7", "CI 15850")]
    [InlineData("Red 7 Calcium Lake", "CI 15850")]
    [InlineData("Red 6", "CI 15850")]
    [InlineData("Yellow 6", "CI 15985")]
    [InlineData("Green 5", "CI 61570")]
    [InlineData("Violet 2", "CI 60725")]
    [InlineData("Ext. D&C Violet 2", "CI 60730")]
    [InlineData("Yellow 10", "CI 47005")]
    [InlineData("Iron Oxides", "CI 77491")]
    [InlineData("Titanium Dioxide", "TITANIUM DIOXIDE")]
    public void Colour_names_in_every_common_form_resolve_to_the_CosIng_CI_name(string label, string inci) =>
        Assert.Equal(inci, Inci(label));

    [Theory]
    [InlineData("edetate disodium", "DISODIUM EDTA")]
    [InlineData("Carbomer Homopolymer Type C", "CARBOMER")]
    [InlineData("Butylated Hydroxytoluene", "BHT")]
    [InlineData("Hexamethyldisiloxane", "DISILOXANE")]
    [InlineData("Light Mineral Oil", "PARAFFINUM LIQUIDUM")]
    [InlineData("Precipitated Sulfur", "SULFUR")]
    [InlineData("Hydrous Lanolin", "LANOLIN")]
    [InlineData("Silica Hydrous", "HYDRATED SILICA")]
    [InlineData("Aluminium Sucrose Octasulphate", "ALUMINUM SUCROSE OCTASULFATE")]
    [InlineData("Lavender Essential Oil", "LAVANDULA ANGUSTIFOLIA OIL")]
    [InlineData("Oil of Wintergreen", "GAULTHERIA PROCUMBENS LEAF OIL")]
    [InlineData("Lactis Protein", "LACTIS PROTEINUM")]
    public void Pharmacopoeia_names_old_names_and_spelling_variants_resolve(string label, string inci) =>
        Assert.Equal(inci, Inci(label));

    [Theory]
    [InlineData("Lake")]
    [InlineData("Salt Lake")]
    [InlineData("Glycerin Lake")] // the lake rule only ever lands on a colorant
    public void A_lake_word_never_makes_a_non_colour_match(string label) => Assert.Null(Inci(label));

    [Theory]
    [InlineData("Octyl Methoxycinnamate", "ETHYLHEXYL METHOXYCINNAMATE")]
    [InlineData("Octinoxate", "ETHYLHEXYL METHOXYCINNAMATE")]
    [InlineData("Octyl Salicylate", "ETHYLHEXYL SALICYLATE")]
    [InlineData("Octisalate", "ETHYLHEXYL SALICYLATE")]
    [InlineData("Oxybenzone", "BENZOPHENONE-3")]
    [InlineData("Avobenzone", "BUTYL METHOXYDIBENZOYLMETHANE")]
    [InlineData("Ensulizole", "PHENYLBENZIMIDAZOLE SULFONIC ACID")]
    [InlineData("Ecamsule", "TEREPHTHALYLIDENE DICAMPHOR SULFONIC ACID")]
    [InlineData("Octocrylene", "OCTOCRYLENE")]
    [InlineData("Homosalate", "HOMOSALATE")]
    [InlineData("Octyl Palmitate", "ETHYLHEXYL PALMITATE")]
    [InlineData("Cetearyl Octanoate", "CETEARYL ETHYLHEXANOATE")]
    [InlineData("Capryl Glycol", "CAPRYLYL GLYCOL")]
    [InlineData("Sodium Lauryl Ether Sulfate", "SODIUM LAURETH SULFATE")]
    [InlineData("Tocopherol Acetate", "TOCOPHERYL ACETATE")]
    [InlineData("Tinosorb S", "BIS-ETHYLHEXYLOXYPHENOL METHOXYPHENYL TRIAZINE")]
    [InlineData("Tinosorb M", "METHYLENE BIS-BENZOTRIAZOLYL TETRAMETHYLBUTYLPHENOL")]
    [InlineData("Parsol Max", "METHYLENE BIS-BENZOTRIAZOLYL TETRAMETHYLBUTYLPHENOL")]
    [InlineData("Uvinul A Plus", "DIETHYLAMINO HYDROXYBENZOYL HEXYL BENZOATE")]
    [InlineData("Uvinul T 150", "ETHYLHEXYL TRIAZONE")]
    [InlineData("Mexoryl SX", "TEREPHTHALYLIDENE DICAMPHOR SULFONIC ACID")]
    [InlineData("Mexoryl XL", "DROMETRIZOLE TRISILOXANE")]
    [InlineData("Parsol 1789", "BUTYL METHOXYDIBENZOYLMETHANE")]
    [InlineData("Parsol SLX", "POLYSILICONE-15")]
    [InlineData("Parsol MCX", "ETHYLHEXYL METHOXYCINNAMATE")]
    [InlineData("Germall 115", "IMIDAZOLIDINYL UREA")]
    [InlineData("Germall II", "DIAZOLIDINYL UREA")]
    [InlineData("Leucidal Liquid", "LEUCONOSTOC/RADISH ROOT FERMENT FILTRATE")]
    public void Old_INCI_names_US_drug_names_and_single_ingredient_trade_names_resolve(string label, string inci) =>
        Assert.Equal(inci, Inci(label));

    [Theory]
    [InlineData("Kathon CG")]       // methylchloroisothiazolinone + methylisothiazolinone
    [InlineData("Germall Plus")]    // propylene glycol, diazolidinyl urea, iodopropynyl butylcarbamate
    [InlineData("Germaben II")]     // propylene glycol, diazolidinyl urea, methylparaben, propylparaben
    [InlineData("Euxyl PE 9010")]   // phenoxyethanol + ethylhexylglycerin
    [InlineData("Geogard Ultra")]   // gluconolactone + sodium benzoate
    public void Trade_names_of_blends_name_no_single_ingredient(string label) => Assert.Null(Inci(label));

    [Theory]
    [InlineData("L-Lysine", "LYSINE")]
    [InlineData("DL-Panthenol", "PANTHENOL")]
    [InlineData("d-alpha Tocopheryl Acetate", "TOCOPHERYL ACETATE")]
    [InlineData("dl-Alpha-Tocopheryl Acetate", "TOCOPHERYL ACETATE")]
    [InlineData("Alpha-Bisabolol", "BISABOLOL")]
    [InlineData("Delta-Gluconolactone", "GLUCONOLACTONE")]
    [InlineData("δ-Gluconolactone", "GLUCONOLACTONE")]
    [InlineData("β-Carotene", "BETA-CAROTENE")]
    [InlineData("Encapsulated Retinol", "RETINOL")]
    [InlineData("Lanolin Anhydrous", "LANOLIN")]
    [InlineData("Silica Hydrous", "HYDRATED SILICA")]
    [InlineData("Hexapeptide 8", "HEXAPEPTIDE-8")]
    [InlineData("PEG 100 Stearate", "PEG-100 STEARATE")]
    [InlineData("Tri-peptide-1", "TRIPEPTIDE-1")]
    [InlineData("Caprylic/Capric Triglycerides", "CAPRYLIC/CAPRIC TRIGLYCERIDE")]
    [InlineData("Tocopherols", "TOCOPHEROL")]
    public void Spelling_variants_resolve(string label, string inci) => Assert.Equal(inci, Inci(label));

    [Fact]
    public void Encapsulated_retinol_keeps_the_retinoid_class() =>
        Assert.Contains("retinoid", Index.MatchExact("Encapsulated Retinol")!.Ingredient.Classes);

    [Theory]
    [InlineData("Beta-Alanine", "BETA-ALANINE")]   // exact INCI name wins over any variant
    [InlineData("Alpha-Arbutin", "ALPHA-ARBUTIN")]
    [InlineData("Gamma-Linolenic Acid", null)]     // GAMMA is never dropped: GLA is not linolenic acid
    [InlineData("D 5", null)]                      // a lone letter and number is no name
    public void Variant_rules_do_not_make_false_matches(string label, string? inci) => Assert.Equal(inci, Inci(label));

    [Theory]
    [InlineData("Apricot Kernel Oil", "PRUNUS ARMENIACA KERNEL OIL")]
    [InlineData("Shea Butter", "BUTYROSPERMUM PARKII BUTTER")]
    [InlineData("Rosemary Extract", "ROSMARINUS OFFICINALIS LEAF EXTRACT")]
    [InlineData("Witch Hazel", "HAMAMELIS VIRGINIANA WATER")]
    [InlineData("Aloe Vera", "ALOE BARBADENSIS LEAF JUICE")]
    [InlineData("Green Tea Extract", "CAMELLIA SINENSIS LEAF EXTRACT")]
    [InlineData("Beeswax", "BEESWAX")] // CosIng lists BEESWAX as an INCI name of its own
    [InlineData("Feverfew Extract", "CHRYSANTHEMUM PARTHENIUM EXTRACT")]
    public void Common_names_of_botanicals_resolve(string label, string inci) => Assert.Equal(inci, Inci(label));

    [Theory]
    [InlineData("Capric Triglyceride", "CAPRYLIC/CAPRIC TRIGLYCERIDE")]
    [InlineData("acrylates/c10-30 alkyl", "ACRYLATES/C10-30 ALKYL ACRYLATE CROSSPOLYMER")]
    [InlineData("hydroxyisohexyl 3-cyclohexene", "HYDROXYISOHEXYL 3-CYCLOHEXENE CARBOXALDEHYDE")]
    public void Unambiguous_feed_truncations_resolve(string label, string inci) => Assert.Equal(inci, Inci(label));

    [Fact]
    public void Ambiguous_feed_truncations_stay_unknown()
    {
        Assert.Null(Inci("sodium lauroyl"));
        Assert.Null(Inci("c12-15"));
        Assert.Null(Inci("biosaccharide"));
    }
}
