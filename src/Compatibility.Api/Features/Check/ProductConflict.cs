using Compatibility.Api.Features.Aftercare.Response;

namespace Compatibility.Api.Features.Check;

/// <summary>Two products whose ingredients should not be used together in one routine.</summary>
/// <param name="Products">The two products' refs, in request order.</param>
/// <param name="Classes">The clashing classes: the first product's, then the second's.</param>
/// <param name="Rule">The conflict rule's id.</param>
public sealed record ProductConflict(
    IReadOnlyList<string> Products,
    IReadOnlyList<string> Classes,
    string Reason,
    string Advice,
    string Rule)
{
    /// <summary>The rule's sources, from the rule set's source list.</summary>
    public SourceList Sources { get; init; } = SourceList.Empty;

    public static ProductConflict From(Core.Checking.ProductConflict conflict) =>
        new(conflict.Products, conflict.Classes, conflict.Reason, conflict.Advice, conflict.Rule) { Sources = SourceRef.From(conflict.Sources) };
}
