using Compatibility.Core.Catalogue;
using Compatibility.Core.Tests.TestSupport;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Catalogue;

/// <summary>
/// The curated class rules of <c>seeds/curated/classes.json</c>, against the shipped catalogue. Every row was written by hand
/// from the rule's source (see docs/catalogue.md), not copied from the generator's output; the set of classes must match
/// exactly, so a name that gains or loses a class fails. "" means no class.
/// </summary>
public class CuratedClassTests
{
    [Theory]
    // fragrance: Regulation (EU) 2023/1545 entries, group members and isomers; the 2003 list; parfum/aroma
    [InlineData("PARFUM", "fragrance")]
    [InlineData("AROMA", "fragrance")]
    [InlineData("LINALOOL", "fragrance")]
    [InlineData("BENZYL ALCOHOL", "fragrance")]
    [InlineData("BENZYL SALICYLATE", "fragrance")]
    [InlineData("AMYL SALICYLATE", "fragrance")]
    [InlineData("METHYL SALICYLATE", "fragrance,irritant")]
    [InlineData("VANILLIN", "fragrance")]
    [InlineData("BENZALDEHYDE", "fragrance")]
    [InlineData("CAMPHOR", "fragrance,irritant")]
    [InlineData("ALPHA-DAMASCONE", "fragrance")]
    [InlineData("DELTA-DAMASCONE", "fragrance")]
    [InlineData("GERANIAL", "fragrance")]
    [InlineData("L-BETA-PINENE", "fragrance")]
    [InlineData("ACETYLCEDRENE", "fragrance")]
    [InlineData("HYDROXYISOHEXYL 3-CYCLOHEXENE CARBOXALDEHYDE", "fragrance")]
    [InlineData("EVERNIA PRUNASTRI EXTRACT", "fragrance")]
    [InlineData("NARCISSUS POETICUS EXTRACT", "fragrance")]
    [InlineData("CEDRUS ATLANTICA BARK WATER", "fragrance")]
    [InlineData("CANANGA ODORATA FLOWER OIL", "fragrance,essential-oil")]
    [InlineData("EUCALYPTUS GLOBULUS LEAF/TWIG OIL", "fragrance,essential-oil")]
    [InlineData("EUCALYPTUS GLOBULUS LEAF", "")]
    [InlineData("LAVANDULA ANGUSTIFOLIA FLOWER WATER", "")]
    [InlineData("4-TERPINEOL", "")]
    // essential oils: volatile part, or a perfuming CosIng function, minus the carrier oils
    [InlineData("LAVANDULA ANGUSTIFOLIA OIL", "fragrance,essential-oil")]
    [InlineData("CITRUS AURANTIUM DULCIS PEEL OIL", "fragrance,essential-oil")]
    [InlineData("CITRUS SINENSIS PEEL OIL", "fragrance,essential-oil")]
    [InlineData("CITRUS AURANTIUM DULCIS PEEL OIL EXPRESSED", "fragrance,essential-oil")] // CAS 8028-48-6 of 2023/1545 entry 351 (orange peel oil)
    [InlineData("CORIANDRUM SATIVUM FRUIT OIL", "essential-oil")]
    [InlineData("CEDRUS ATLANTICA BARK OIL", "fragrance,essential-oil")]
    [InlineData("SANTALUM ALBUM WOOD OIL", "essential-oil")]
    [InlineData("DAUCUS CAROTA SATIVA SEED OIL", "essential-oil")]
    [InlineData("MELALEUCA ALTERNIFOLIA LEAF OIL", "essential-oil")]
    [InlineData("ELETTARIA CARDAMOMUM SEED OIL", "essential-oil")]
    [InlineData("MYRISTICA FRAGRANS KERNEL OIL", "essential-oil")]
    [InlineData("VETIVERIA ZIZANOIDES ROOT OIL", "essential-oil")]
    [InlineData("BOSWELLIA CARTERII OIL", "essential-oil")]
    [InlineData("JUNIPERUS COMMUNIS FRUIT OIL", "essential-oil")]
    [InlineData("THYMUS ZYGIS OIL", "essential-oil")]
    [InlineData("CALENDULA OFFICINALIS FLOWER OIL", "essential-oil")]
    [InlineData("PRUNUS AMYGDALUS AMARA KERNEL OIL", "essential-oil")]
    [InlineData("PRUNUS ARMENIACA KERNEL OIL", "")]
    [InlineData("SIMMONDSIA CHINENSIS SEED OIL", "")]
    [InlineData("VITIS VINIFERA SEED OIL", "")]
    [InlineData("ROSA CANINA FRUIT OIL", "")]
    [InlineData("ROSA MOSCHATA OIL", "")]
    [InlineData("ARGANIA SPINOSA KERNEL OIL", "")]
    [InlineData("HELIANTHUS ANNUUS SEED OIL", "")]
    [InlineData("OLEA EUROPAEA FRUIT OIL", "")]
    [InlineData("COCOS NUCIFERA OIL", "")]
    [InlineData("RICINUS COMMUNIS SEED OIL", "")]
    [InlineData("PRUNUS AMYGDALUS DULCIS OIL", "")]
    [InlineData("PRUNUS AMYGDALUS AMARA KERNEL COLD PRESSED OIL", "")]
    [InlineData("PERSEA GRATISSIMA OIL", "")]
    [InlineData("BUTYROSPERMUM PARKII OIL", "")]
    [InlineData("SQUALANE", "")]
    [InlineData("CITRUS AURANTIUM DULCIS SEED OIL", "")]
    [InlineData("NIGELLA SATIVA SEED OIL", "")]
    [InlineData("CORIANDRUM SATIVUM SEED OIL", "")]
    [InlineData("HYDROGENATED CASTOR OIL", "")]
    [InlineData("COD LIVER OIL", "")]
    // salicylates: salts release salicylate; esters are UV filters, fragrance or emollients
    [InlineData("SALICYLIC ACID", "bha")]
    [InlineData("SODIUM SALICYLATE", "bha")]
    [InlineData("POTASSIUM SALICYLATE", "bha")]
    [InlineData("CALCIUM SALICYLATE", "bha")]
    [InlineData("MAGNESIUM SALICYLATE", "bha")]
    [InlineData("TEA-SALICYLATE", "bha,chemical-uv-filter")]
    [InlineData("BETAINE SALICYLATE", "bha")]
    [InlineData("NIACINAMIDE SALICYLATE", "niacinamide,bha")]
    [InlineData("ACETYLSALICYLIC ACID", "bha")]
    [InlineData("CAPRYLOYL SALICYLIC ACID", "bha")]
    [InlineData("ETHYLHEXYL SALICYLATE", "chemical-uv-filter")]
    [InlineData("HOMOSALATE", "chemical-uv-filter")]
    [InlineData("BUTYLOCTYL SALICYLATE", "")]
    [InlineData("ZINC SALICYLATE", "")]
    [InlineData("SALIX ALBA BARK EXTRACT", "bha")]
    [InlineData("SALIX ALBA BARK POWDER", "bha,possible-exfoliant")]
    [InlineData("SALIX ALBA BARK WATER", "")]
    // AHA: acids, common salts and simple esters (CIR 1998); not fatty esters, metal salts, citric acid
    [InlineData("GLYCOLIC ACID", "aha")]
    [InlineData("SODIUM GLYCOLATE", "aha")]
    [InlineData("AMMONIUM GLYCOLATE", "aha")]
    [InlineData("LACTIC ACID", "aha")]
    [InlineData("SODIUM LACTATE", "aha")]
    [InlineData("POTASSIUM LACTATE", "aha")]
    [InlineData("AMMONIUM LACTATE", "aha")]
    [InlineData("ETHYL LACTATE", "aha")]
    [InlineData("LAURYL LACTATE", "")]
    [InlineData("CETYL LACTATE", "")]
    [InlineData("ALUMINUM LACTATE", "")]
    [InlineData("MENTHYL LACTATE", "irritant")]
    [InlineData("MANDELIC ACID", "aha")]
    [InlineData("MALIC ACID", "aha")]
    [InlineData("DIISOSTEARYL MALATE", "")]
    [InlineData("TARTARIC ACID", "aha")]
    [InlineData("CITRIC ACID", "")]
    [InlineData("SODIUM CITRATE", "")]
    [InlineData("GLUCONOLACTONE", "pha")]
    // azelaic acid: the acid and its salts; not the neutral amide derivatives or esters
    [InlineData("AZELAIC ACID", "azelaic-acid")]
    [InlineData("DISODIUM AZELATE", "azelaic-acid")]
    [InlineData("POTASSIUM AZELOYL DIGLYCINATE", "")]
    [InlineData("BIS-ETHYLHEXYL AZELATE", "")]
    // enzyme exfoliants
    [InlineData("PAPAIN", "enzyme-exfoliant")]
    [InlineData("BROMELAIN", "enzyme-exfoliant")]
    [InlineData("SUBTILISIN", "enzyme-exfoliant")]
    [InlineData("PROTEASE", "enzyme-exfoliant")]
    [InlineData("KERATINASE", "enzyme-exfoliant")]
    [InlineData("TRYPSIN", "enzyme-exfoliant")]
    [InlineData("HYALURONIDASE", "")]
    // depigmenting agents
    [InlineData("HYDROQUINONE", "depigmenting")]
    [InlineData("MONOBENZONE", "depigmenting")]
    [InlineData("ARBUTIN", "depigmenting")]
    [InlineData("ALPHA-ARBUTIN", "depigmenting")]
    [InlineData("KOJIC ACID", "depigmenting")]
    [InlineData("4-BUTYLRESORCINOL", "depigmenting")]
    [InlineData("TRANEXAMIC ACID", "")]
    // keratolytics and peel agents
    [InlineData("SULFUR", "keratolytic")]
    [InlineData("COLLOIDAL SULFUR", "keratolytic")]
    [InlineData("RESORCINOL", "keratolytic")]
    [InlineData("UREA", "")]
    [InlineData("TRICHLOROACETIC ACID", "peel-agent")]
    [InlineData("PYRUVIC ACID", "peel-agent")]
    [InlineData("SODIUM PYRUVATE", "")]
    [InlineData("ETHYL PYRUVATE", "")]
    // warming, cooling and counter-irritants
    [InlineData("MENTHOL", "fragrance,irritant")]
    [InlineData("MENTHOXYPROPANEDIOL", "irritant")]
    [InlineData("CAPSAICIN", "irritant")]
    [InlineData("CAPSICUM FRUTESCENS FRUIT EXTRACT", "irritant")]
    [InlineData("CAPSICUM FRUTESCENS RESIN", "irritant")]
    [InlineData("CAPSICUM ANNUUM LEAF EXTRACT", "")]
    [InlineData("METHYL NICOTINATE", "irritant")]
    [InlineData("VANILLYL BUTYL ETHER", "irritant")]
    [InlineData("MENTHYL ANTHRANILATE", "chemical-uv-filter")]
    // depilatories
    [InlineData("POTASSIUM THIOGLYCOLATE", "depilatory")]
    [InlineData("CALCIUM THIOGLYCOLATE", "depilatory")]
    [InlineData("SODIUM THIOGLYCOLATE", "depilatory")]
    [InlineData("THIOGLYCOLIC ACID", "depilatory")]
    [InlineData("AMMONIUM THIOLACTATE", "depilatory")]
    [InlineData("DIAMMONIUM DITHIODIGLYCOLATE", "")]
    // scrubs: real scrub particles vs. multi-use powders vs. absorbents
    [InlineData("PUMICE", "physical-exfoliant")]
    [InlineData("JUGLANS REGIA SHELL POWDER", "physical-exfoliant")]
    [InlineData("PRUNUS ARMENIACA SEED POWDER", "physical-exfoliant")]
    [InlineData("JOJOBA ESTERS BEADS", "physical-exfoliant")]
    [InlineData("JOJOBA ESTERS", "")]
    [InlineData("PLANTAGO PSYLLIUM HUSK POWDER", "")]
    [InlineData("POLYETHYLENE", "possible-exfoliant")]
    [InlineData("SILICA", "possible-exfoliant")]
    [InlineData("HYDRATED SILICA", "possible-exfoliant")]
    [InlineData("ALUMINA", "possible-exfoliant")]
    [InlineData("PERLITE", "")]
    [InlineData("TALC", "")]
    [InlineData("SODIUM CHLORIDE", "")]
    [InlineData("SUCROSE", "")]
    // alcohols: drying solvents, never fatty alcohols
    [InlineData("ALCOHOL", "drying-alcohol")]
    [InlineData("ALCOHOL DENAT.", "drying-alcohol")]
    [InlineData("SD ALCOHOL 40-B", "drying-alcohol")]
    [InlineData("ISOPROPYL ALCOHOL", "drying-alcohol")]
    [InlineData("PROPYL ALCOHOL", "drying-alcohol")]
    [InlineData("CETEARYL ALCOHOL", "")]
    [InlineData("CETYL ALCOHOL", "")]
    public void Ingredient_carries_exactly_the_curated_classes(string inci, string expected)
    {
        var ingredient = ShippedCatalogue.Data.Ingredients.SingleOrDefault(i => i.InciName == inci);

        Assert.NotNull(ingredient);
        var want = expected.Split(',', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal);
        Assert.Equal(want, ingredient.Classes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_class_used_by_the_test_labels_exists_with_that_class()
    {
        Assert.All(IngredientClass.All, c => Assert.Contains(c, Find(TestLabels.ExampleInci(c)).Classes));
    }

    private static Ingredient Find(string inci) =>
        ShippedCatalogue.Data.Ingredients.SingleOrDefault(i => i.InciName == inci)
        ?? throw new Xunit.Sdk.XunitException($"'{inci}' is not a catalogue INCI name");
}
