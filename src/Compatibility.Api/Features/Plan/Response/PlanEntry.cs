using PlanEntryKind = Compatibility.Core.Planning.PlanEntryKind;

namespace Compatibility.Api.Features.Plan.Response;

/// <summary>One thing on one day of the aftercare timeline.</summary>
/// <param name="Product">The product's ref for product entries.</param>
/// <param name="Advice">The protocol advice id for advice entries.</param>
public sealed record PlanEntry(
    PlanEntryKind Kind,
    DateTimeOffset At,
    DateTimeOffset? Until,
    string Title,
    string Detail,
    string? Product = null,
    string? Advice = null)
{
    public static PlanEntry From(Core.Planning.PlanEntry entry) =>
        new(entry.Kind, entry.At, entry.Until, entry.Title, entry.Detail, entry.Product, entry.Advice);
}
