using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>The lookups the analyser needs; the catalogue index in production, a stub in analyser tests.</summary>
internal interface ILabelNameMatcher
{
    IngredientMatch? MatchExact(string name);

    IngredientMatch? MatchFuzzy(string name);

    IReadOnlyList<string> Suggest(string name);

    /// <summary>True when two ingredients are one substance (<c>CI 77891</c> and <c>TITANIUM DIOXIDE</c>).</summary>
    bool SameSubstance(Ingredient a, Ingredient b);

    /// <summary>The catalogue names a species-only name (<c>lavandula angustifolia</c>) may mean; null when it is not one.</summary>
    SpeciesCandidateList? SpeciesCandidates(string name);

    /// <summary>The INCI names a blend's trade name (<c>Euxyl PE 9010</c>) stands for; null when it names no known blend.</summary>
    IReadOnlyList<string>? BlendComponents(string name) => null;
}
