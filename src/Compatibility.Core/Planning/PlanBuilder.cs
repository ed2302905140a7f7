using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Planning;

/// <summary>Builds the day-by-day aftercare timeline; every timestamp in the procedure's offset.</summary>
public static class PlanBuilder
{
    public static AftercarePlan Build(PlanInput input)
    {
        var protocol = input.Protocol;
        var performedAt = input.Procedure.PerformedAt;
        var offset = performedAt.Offset;
        var band = protocol.BandFor(input.Procedure.NeedleDepthMm);
        var entries = new List<PlanEntry>();
        var products = new List<PlanProduct>(input.Products.Count);

        foreach (var product in input.Products)
        {
            // Judged at the procedure itself, so every window still runs and allowedFrom is the start.
            var result = ProductEvaluator.Evaluate(product, protocol, band, performedAt, performedAt, offset);
            var label = product.Name ?? product.Ref;
            DateTimeOffset? startsAt = result.Verdict switch
            {
                Verdict.Allowed => performedAt,
                Verdict.Review => null,
                _ => result.AllowedFrom,
            };
            if (startsAt is { } start)
            {
                entries.Add(new PlanEntry(PlanEntryKind.ProductStart, start, null, $"You may start: {label}", StartDetail(result), product.Ref));
            }
            else
            {
                entries.Add(new PlanEntry(PlanEntryKind.ProductReview, performedAt, null, $"Ask your clinic before using: {label}",
                    "Some ingredients could not be recognised, so this product cannot be judged safe.", product.Ref));
            }

            products.Add(new PlanProduct(product.Ref, product.Name, result.Verdict, startsAt, startsAt is { } s ? DayOf(performedAt, s) : null, result.Findings, result.Unrecognized));
        }

        foreach (var advice in protocol.Advice)
        {
            var end = (performedAt + TimeSpan.FromHours(Protocol.ComputableHours(advice.Hours))).ToOffset(offset);
            if (advice.Kind == AdviceKind.Avoid)
            {
                entries.Add(new PlanEntry(PlanEntryKind.Avoid, performedAt, end, advice.Title, advice.Detail, Advice: advice.Id));
                entries.Add(new PlanEntry(PlanEntryKind.Resume, end, null, $"Over: {advice.Title}", advice.Detail, Advice: advice.Id));
            }
            else
            {
                entries.Add(new PlanEntry(PlanEntryKind.Start, end, null, advice.Title, advice.Detail, Advice: advice.Id));
            }
        }

        var next = new NextSessionWindow(
            performedAt + TimeSpan.FromDays(Protocol.ComputableDays(protocol.SessionSpacing.MinimumDays)),
            performedAt + TimeSpan.FromDays(Protocol.ComputableDays(protocol.SessionSpacing.RecommendedMaxDays)));
        entries.Add(new PlanEntry(PlanEntryKind.NextSession, next.Earliest, next.Latest, "Next session window opens",
            $"Book the next session between day {protocol.SessionSpacing.MinimumDays} and day {protocol.SessionSpacing.RecommendedMaxDays}."));

        var days = entries
            .OrderBy(e => e.At)
            .ThenBy(e => e.Kind)
            .GroupBy(e => DayOf(performedAt, e.At))
            .Select(g => new PlanDay(g.Key, DateOnly.FromDateTime(performedAt.DateTime).AddDays(g.Key), g.ToList()))
            .ToList();

        return new AftercarePlan(new ProtocolRef(protocol.Id, protocol.Version), input.Procedure, band.Id, products, days, next);
    }

    /// <summary>Day number of a moment, counted in local dates of the procedure's offset (0 = the procedure's day).</summary>
    public static int DayOf(DateTimeOffset performedAt, DateTimeOffset moment) =>
        DateOnly.FromDateTime(moment.ToOffset(performedAt.Offset).DateTime).DayNumber - DateOnly.FromDateTime(performedAt.DateTime).DayNumber;

    private static string StartDetail(ProductResult result)
    {
        var holding = result.Findings.Where(f => f.Until is not null).MaxBy(f => f.Until);
        return holding is null
            ? "Nothing in it is held back after the procedure."
            : $"Held back until then by {holding.Ingredient} ({holding.Class ?? holding.Category}): {holding.Reason}";
    }
}
