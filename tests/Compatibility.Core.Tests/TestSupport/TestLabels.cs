using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Core.Tests.TestSupport;

/// <summary>Hand-built label analyses: the engine tests do not depend on the real analyser.</summary>
internal static class TestLabels
{
    /// <summary>A recognised ingredient with the given classes.</summary>
    public static AnalyzedEntry Known(string inciName, params string[] classes) =>
        new(inciName, 0, new IngredientMatch(new Ingredient(inciName.ToLowerInvariant().Replace(' ', '-'), inciName, [], classes, []), MatchConfidence.Exact), [], false);

    /// <summary>A label entry the catalogue did not recognise.</summary>
    public static AnalyzedEntry Unknown(string input) => new(input, 0, null, [], false);

    public static LabelAnalysis Of(params AnalyzedEntry[] entries) =>
        new(entries.Select((e, i) => e with { Position = i + 1 }).ToList());

    /// <summary>Water and glycerin plus one ingredient of the class (neutral ingredients never hold a product back).</summary>
    public static LabelAnalysis WithClass(string classId) =>
        Of(Known("WATER"), Known("GLYCERIN"), Known(ExampleInci(classId), classId));

    public static LabelAnalysis Neutral() => Of(Known("WATER"), Known("GLYCERIN"), Known("PANTHENOL"));

    public static string ExampleInci(string classId) => classId switch
    {
        IngredientClass.HyaluronicAcid => "SODIUM HYALURONATE",
        IngredientClass.Peptide => "PALMITOYL PENTAPEPTIDE-4",
        IngredientClass.CopperPeptide => "COPPER TRIPEPTIDE-1",
        IngredientClass.VitaminC => "ASCORBIC ACID",
        IngredientClass.VitaminCDerivative => "ASCORBYL GLUCOSIDE",
        IngredientClass.Niacinamide => "NIACINAMIDE",
        IngredientClass.Retinoid => "RETINOL",
        IngredientClass.Aha => "GLYCOLIC ACID",
        IngredientClass.Bha => "SALICYLIC ACID",
        IngredientClass.Pha => "GLUCONOLACTONE",
        IngredientClass.AzelaicAcid => "AZELAIC ACID",
        IngredientClass.BenzoylPeroxide => "BENZOYL PEROXIDE",
        IngredientClass.PhysicalExfoliant => "JOJOBA ESTERS BEADS",
        IngredientClass.Fragrance => "PARFUM",
        IngredientClass.EssentialOil => "LAVANDULA ANGUSTIFOLIA OIL",
        IngredientClass.DryingAlcohol => "ALCOHOL DENAT.",
        IngredientClass.MineralUvFilter => "ZINC OXIDE",
        IngredientClass.ChemicalUvFilter => "BUTYL METHOXYDIBENZOYLMETHANE",
        IngredientClass.EnzymeExfoliant => "PAPAIN",
        IngredientClass.Depigmenting => "HYDROQUINONE",
        IngredientClass.Keratolytic => "SULFUR",
        IngredientClass.PeelAgent => "TRICHLOROACETIC ACID",
        IngredientClass.Irritant => "MENTHOL",
        IngredientClass.Depilatory => "POTASSIUM THIOGLYCOLATE",
        IngredientClass.PossibleExfoliant => "POLYETHYLENE",
        _ => throw new ArgumentOutOfRangeException(nameof(classId), classId, null),
    };
}
