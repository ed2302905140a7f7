using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Labels;

/// <summary>The three lookups the analyser needs; the catalogue index in production, a stub in analyser tests.</summary>
internal interface ILabelNameMatcher
{
    IngredientMatch? MatchExact(string name);

    IngredientMatch? MatchFuzzy(string name);

    IReadOnlyList<string> Suggest(string name);
}
