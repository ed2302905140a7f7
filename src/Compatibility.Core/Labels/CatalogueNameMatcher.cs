using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>Adapts <see cref="CatalogueIndex"/> to the analyser's lookups.</summary>
internal sealed class CatalogueNameMatcher(CatalogueIndex index) : ILabelNameMatcher
{
    public IngredientMatch? MatchExact(string name) => index.MatchExact(name);

    public IngredientMatch? MatchFuzzy(string name) => index.MatchFuzzy(name);

    public IReadOnlyList<string> Suggest(string name) => index.Suggest(name);

    public bool SameSubstance(Ingredient a, Ingredient b) => index.SameSubstance(a, b);

    public SpeciesCandidateList? SpeciesCandidates(string name) => index.SpeciesCandidates(name);

    public IReadOnlyList<string>? BlendComponents(string name) => BlendTradeNames.Embedded.ComponentsOf(name);
}
