namespace Compatibility.Core.Catalogue;

/// <summary>The aftercare class ids of the API contract. Ids are public: never rename one.</summary>
public static class IngredientClass
{
    public const string HyaluronicAcid = "hyaluronic-acid";
    public const string Peptide = "peptide";
    public const string CopperPeptide = "copper-peptide";
    public const string VitaminC = "vitamin-c";
    public const string VitaminCDerivative = "vitamin-c-derivative";
    public const string Niacinamide = "niacinamide";
    public const string Retinoid = "retinoid";
    public const string Aha = "aha";
    public const string Bha = "bha";
    public const string Pha = "pha";
    public const string AzelaicAcid = "azelaic-acid";
    public const string BenzoylPeroxide = "benzoyl-peroxide";
    public const string PhysicalExfoliant = "physical-exfoliant";
    public const string Fragrance = "fragrance";
    public const string EssentialOil = "essential-oil";
    public const string DryingAlcohol = "drying-alcohol";
    public const string MineralUvFilter = "mineral-uv-filter";
    public const string ChemicalUvFilter = "chemical-uv-filter";
    public const string EnzymeExfoliant = "enzyme-exfoliant";
    public const string Depigmenting = "depigmenting";
    public const string Keratolytic = "keratolytic";
    public const string PeelAgent = "peel-agent";
    public const string Irritant = "irritant";
    public const string Depilatory = "depilatory";

    /// <summary>
    /// A material that is scrub particles in a scrub and a thickener, wax or absorbent elsewhere (polyethylene, silica):
    /// the product (its name and category) decides whether it is judged as <see cref="PhysicalExfoliant"/>.
    /// </summary>
    public const string PossibleExfoliant = "possible-exfoliant";

    public static IReadOnlyList<string> All { get; } =
    [
        HyaluronicAcid, Peptide, CopperPeptide, VitaminC, VitaminCDerivative, Niacinamide, Retinoid,
        Aha, Bha, Pha, AzelaicAcid, BenzoylPeroxide, PhysicalExfoliant, Fragrance, EssentialOil,
        DryingAlcohol, MineralUvFilter, ChemicalUvFilter, EnzymeExfoliant, Depigmenting, Keratolytic, PeelAgent,
        Irritant, Depilatory, PossibleExfoliant,
    ];

    private static readonly HashSet<string> Known = new(All, StringComparer.Ordinal);

    public static bool IsKnown(string id) => Known.Contains(id);
}
