namespace Compatibility.Testing;

/// <summary>
/// Ingredient labels as retailers and packs print them (drug-facts headers, slashes, brackets, "may contain"
/// blocks, kits). Shared with the benchmarks. The first five follow the named products' published lists (formulas change
/// by market and year); the last four are written in the same form for product kinds whose exact lists vary by brand.
/// </summary>
public static class RealLabels
{
    /// <summary>The Ordinary, Retinol 0.5% in Squalane.</summary>
    public const string RetinolSerum =
        "Squalane, Caprylic/Capric Triglyceride, Retinol, Solanum Lycopersicum (Tomato) Fruit Extract, Simmondsia Chinensis (Jojoba) Seed Oil, Rosmarinus Officinalis (Rosemary) Leaf Extract, BHT.";

    /// <summary>The Ordinary, Glycolic Acid 7% Toning Solution.</summary>
    public const string GlycolicToner =
        "Aqua (Water), Glycolic Acid, Rosa Damascena Flower Water, Centaurea Cyanus Flower Water, Aloe Barbadensis Leaf Water, Propanediol, Glycerin, Triethanolamine, Aminomethyl Propanol, Panax Ginseng Root Extract, Tasmannia Lanceolata Fruit/Leaf Extract, Aloe Barbadensis Leaf Extract, Tocopherol, Ethylhexylglycerin, Hexylene Glycol, Polysorbate 20, Xanthan Gum, Sodium Chloride, Phenoxyethanol, Caprylyl Glycol.";

    /// <summary>SkinCeuticals, C E Ferulic (L-ascorbic acid 15 %).</summary>
    public const string VitaminCSerum =
        "Aqua / Water / Eau, Ethoxydiglycol, Ascorbic Acid, Glycerin, Propylene Glycol, Laureth-23, Phenoxyethanol, Tocopherol, Triethanolamine, Ferulic Acid, Panthenol, Sodium Hyaluronate.";

    /// <summary>EltaMD, UV Physical Broad-Spectrum SPF 41 (drug facts: the first inactive glued to the last active).</summary>
    public const string MineralSunscreen =
        "Active Ingredients: Titanium Dioxide 7.0%, Zinc Oxide 9.0% Inactive Ingredients: Water, Caprylic/Capric Triglyceride, Ethylhexyl Stearate, Butyloctyl Salicylate, Dimethicone, Polyglyceryl-4 Isostearate, Iron Oxides, Butylene Glycol, Sodium Chloride, Tocopheryl Acetate, Phenoxyethanol, Triethoxycaprylylsilane.";

    /// <summary>La Roche-Posay, Anthelios UVMune 400 Invisible Fluid SPF 50+ (EU): chemical filters, alcohol denat., fragrance; octisalate and avobenzone are traps for BHA and benzoyl peroxide.</summary>
    public const string ChemicalSunscreen =
        "AQUA / WATER, HOMOSALATE, SILICA, OCTOCRYLENE, BUTYL METHOXYDIBENZOYLMETHANE, ETHYLHEXYL SALICYLATE, ALCOHOL DENAT., BIS-ETHYLHEXYLOXYPHENOL METHOXYPHENYL TRIAZINE, GLYCERIN, ETHYLHEXYL TRIAZONE, DROMETRIZOLE TRISILOXANE, TITANIUM DIOXIDE [NANO], DIISOPROPYL SEBACATE, STYRENE/ACRYLATES COPOLYMER, PERLITE, TOCOPHEROL, ACRYLATES/C10-30 ALKYL ACRYLATE CROSSPOLYMER, TRIETHANOLAMINE, DISODIUM EDTA, CAPRYLYL GLYCOL, PARFUM / FRAGRANCE.";

    /// <summary>The Ordinary, Multi-Peptide + HA Serum ("Buffet") as the base, here with salicylic acid added as in blemish peptide serums.</summary>
    public const string PeptideSerumWithSalicylicAcid =
        "Aqua (Water), Glycerin, Butylene Glycol, Acetyl Hexapeptide-8, Palmitoyl Tripeptide-1, Palmitoyl Tetrapeptide-7, Salicylic Acid, Niacinamide, Sodium Hyaluronate, Panthenol, Allantoin, Xanthan Gum, Sodium Hydroxide, Phenoxyethanol, Ethylhexylglycerin.";

    /// <summary>A long-wear liquid foundation with a "+/-" shade block in brackets.</summary>
    public const string Foundation =
        "Aqua/Water/Eau, Cyclopentasiloxane, Isododecane, Glycerin, Butylene Glycol, PEG-10 Dimethicone, Trimethylsiloxysilicate, Sodium Chloride, Phenoxyethanol, Disodium EDTA, Tocopherol [+/-: CI 77891 (Titanium Dioxide), CI 77491, CI 77492, CI 77499 (Iron Oxides)]";

    /// <summary>An aromatherapy gel cleanser: lavender and orange peel oils with their fragrance allergens.</summary>
    public const string EssentialOilCleanser =
        "Aqua (Water), Sodium Cocoyl Glutamate, Glycerin, Coco-Glucoside, Lavandula Angustifolia (Lavender) Oil, Citrus Aurantium Dulcis (Orange) Peel Oil, Aloe Barbadensis Leaf Juice, Xanthan Gum, Citric Acid, Sodium Benzoate, Potassium Sorbate, Linalool, Limonene.";

    /// <summary>A three-step acne kit in one string: a benzoyl peroxide wash among gentle products.</summary>
    public const string BenzoylPeroxideKit =
        "Product Name: Acne Foaming Wash Ingredients: Active Ingredient: Benzoyl Peroxide 4% Inactive Ingredients: Water, Sodium Cocoyl Isethionate, Glycerin, Cocamidopropyl Betaine, Sodium Hyaluronate, Xanthan Gum, Sodium Hydroxide. Product Name: Soothing Toner Ingredients: Aqua, Glycerin, Butylene Glycol, Panthenol, Allantoin, Phenoxyethanol. Product Name: Oil-Free Moisturizer Ingredients: Aqua, Glycerin, Dimethicone, Squalane, Cetearyl Alcohol, Phenoxyethanol, Ethylhexylglycerin.";

    /// <summary>Weleda, Skin Food (EU): alcohol at entry 5 of a rich cream, fragrance allergens from essential oils.</summary>
    public const string WeledaSkinFood =
        "Water (Aqua), Helianthus Annuus (Sunflower) Seed Oil, Lanolin, Prunus Amygdalus Dulcis (Sweet Almond) Oil, Alcohol, Cera Alba (Beeswax), Glycerin, Polyglyceryl-3 Polyricinoleate, Viola Tricolor Extract, Rosmarinus Officinalis (Rosemary) Leaf Extract, Chamomilla Recutita (Matricaria) Flower Extract, Calendula Officinalis Flower Extract, Fragrance (Parfum), Limonene, Linalool, Geraniol, Citral, Benzyl Benzoate, Coumarin.";

    /// <summary>Gentle cleansing cloths: lactic acid after the preservative, as a pH adjuster.</summary>
    public const string CleansingCloths =
        "Aqua, Glycerin, Coco-Glucoside, Sodium Benzoate, Phenoxyethanol, Lactic Acid, Aloe Barbadensis Leaf Juice, Disodium EDTA.";
}
