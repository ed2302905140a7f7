namespace Compatibility.Core.Catalogue.Matching;

/// <summary>The spelling rules of <see cref="NameVariants"/>, in the order they are applied.</summary>
public enum NameVariantRule
{
    /// <summary>British spelling inside a compound word: <c>Aluminium Sucrose Octasulphate</c> → ALUMINUM SUCROSE OCTASULFATE.</summary>
    Spelling,

    /// <summary>Form words that do not change the ingredient: <c>Encapsulated Retinol</c>, <c>Lanolin Anhydrous</c>, <c>Lavender Essential Oil</c>; <c>Silica Hydrous</c> → HYDRATED SILICA, and <c>Hydrous Lanolin</c> → LANOLIN when no HYDRATED name exists.</summary>
    FormWord,

    /// <summary>Leading stereo descriptors: <c>L-Ascorbic Acid</c>, <c>D-Panthenol</c>, <c>dl-Alpha-Tocopheryl Acetate</c>, <c>Alpha-Bisabolol</c>, <c>Delta-Gluconolactone</c>.</summary>
    IsomerPrefix,

    /// <summary>A colour lake: <c>Red 7 Lake</c>, <c>Yellow 5 Aluminum Lake</c> → the colour itself (only to a colorant).</summary>
    Lake,

    /// <summary>The salt form after a colour index number: <c>CI 15850:1</c> → CI 15850.</summary>
    ColourIndexSalt,

    /// <summary>A plural last word: <c>Tocopherols</c>, <c>Caprylic/Capric Triglycerides</c>.</summary>
    Plural,
}
