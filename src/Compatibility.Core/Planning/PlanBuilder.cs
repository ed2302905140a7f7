using System.Globalization;
using Compatibility.Core.Checking;
using Compatibility.Core.Preparing;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Planning;

/// <summary>
/// Builds the day-by-day aftercare timeline, and the preparation days before it when asked <c>from</c> a moment (judged by
/// <see cref="PreparationChecker"/> at that moment); every timestamp in the procedure's offset.
/// </summary>
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

        var preparation = input.From is { } from ? Prepare(input, from.ToOffset(offset), entries) : null;
        var days = entries
            .OrderBy(e => e.At)
            .ThenBy(e => e.Kind)
            .GroupBy(e => DayOf(performedAt, e.At))
            .Select(g => new PlanDay(g.Key, DateOnly.FromDateTime(performedAt.DateTime).AddDays(g.Key), g.ToList()))
            .ToList();

        return new AftercarePlan(new ProtocolRef(protocol.Id, protocol.Version), input.Procedure, band.Id, products, days, next, preparation);
    }

    /// <summary>
    /// The preparation entries from <paramref name="from"/> to the procedure: when each product stops (at once when its last
    /// moment has already passed), products that cannot be judged, and the preparation advice from when it applies.
    /// </summary>
    private static PlanPreparation Prepare(PlanInput input, DateTimeOffset from, List<PlanEntry> entries)
    {
        var performedAt = input.Procedure.PerformedAt;
        var result = PreparationChecker.Check(new PrepareInput(input.Procedure, from, input.Protocol, input.Products));
        foreach (var product in result.Products)
        {
            var label = product.Name ?? product.Ref;
            if (product.StopAt is { } stopAt)
            {
                var stopping = product.Findings.Where(f => f.StopAt == stopAt).Select(f => f.Reason).First();
                entries.Add(stopAt > from
                    ? new PlanEntry(PlanEntryKind.ProductStop, stopAt, performedAt, $"Stop using: {label}", stopping, product.Ref)
                    : new PlanEntry(PlanEntryKind.ProductStop, from, performedAt, $"Stop using now: {label}",
                        $"Its last use was due by {stopAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}. {stopping}", product.Ref));
            }

            if (product.Unrecognized.Count > 0)
            {
                entries.Add(new PlanEntry(PlanEntryKind.ProductReview, from, performedAt, $"Ask your clinic whether to stop: {label}",
                    "Some ingredients could not be recognised, so it cannot be said whether it must be stopped before the procedure.", product.Ref));
            }
        }

        foreach (var advice in result.Advice)
        {
            var at = advice.From is { } start && start > from ? start : from;
            entries.Add(new PlanEntry(PlanEntryKind.Prepare, at, performedAt, advice.Title, advice.Detail, Advice: advice.Id));
        }

        return new PlanPreparation(from, result.Verdict, result.Products, result.Advice);
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
