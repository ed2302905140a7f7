using Compatibility.Core.Checking;
using Compatibility.Core.Planning;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>Turns a plan into timeline rows: one per product (from its findings) and one per advice item (from its entries).</summary>
public static class TimelineRows
{
    public const string ProductRow = "product";
    public const string AdviceRow = "advice";

    public static IReadOnlyList<TimelineRow> Build(AftercarePlan plan)
    {
        var performedAt = plan.Procedure.PerformedAt;
        var rows = new List<TimelineRow>();
        foreach (var product in plan.Products)
        {
            rows.Add(ForProduct(product, performedAt));
        }

        // Advice rows from the plan's own aftercare entries; preparation advice is in the day list only, so the picture keeps to the aftercare.
        foreach (var group in plan.Days.SelectMany(d => d.Entries).Where(e => e.Advice is not null && e.Kind != PlanEntryKind.Prepare).GroupBy(e => e.Advice!))
        {
            rows.Add(ForAdvice(group.Key, group.ToList(), performedAt));
        }

        return rows;
    }

    private static TimelineRow ForProduct(PlanProduct product, DateTimeOffset performedAt)
    {
        var holds = product.Findings
            .Where(f => f.Verdict is Verdict.Blocked or Verdict.Wait && f.Until is { } until && until > performedAt)
            .Select(f => (f.Verdict, Until: Hours(performedAt, f.Until!.Value)))
            .ToList();

        // Between two consecutive ends, the stretch is as bad as the worst finding still holding.
        var segments = new List<TimelineSegment>();
        var from = 0.0;
        foreach (var end in holds.Select(h => h.Until).Distinct().Order())
        {
            var kind = holds.Where(h => h.Until >= end).Any(h => h.Verdict == Verdict.Blocked) ? TimelineBarKind.Blocked : TimelineBarKind.Wait;
            if (segments.Count > 0 && segments[^1].Kind == kind)
            {
                segments[^1] = segments[^1] with { ToHours = end };
            }
            else
            {
                segments.Add(new TimelineSegment(kind, from, end));
            }

            from = end;
        }

        var review = product.Verdict == Verdict.Review || product.StartsAt is null;
        double? usable = review ? null : Hours(performedAt, product.StartsAt!.Value);
        return new TimelineRow(ProductRow, product.Ref, product.Name ?? product.Ref, segments, usable, usable, review);
    }

    private static TimelineRow ForAdvice(string id, IReadOnlyList<PlanEntry> entries, DateTimeOffset performedAt)
    {
        var avoid = entries.FirstOrDefault(e => e.Kind == PlanEntryKind.Avoid);
        if (avoid is not null)
        {
            var end = Hours(performedAt, avoid.Until ?? avoid.At);
            return new TimelineRow(AdviceRow, id, avoid.Title, [new TimelineSegment(TimelineBarKind.Blocked, Math.Min(0, Hours(performedAt, avoid.At)), end)], end, null, false);
        }

        var start = entries.FirstOrDefault(e => e.Kind == PlanEntryKind.Start) ?? entries[0];
        var at = Hours(performedAt, start.At);
        // Something that starts later is waited for from the procedure (or from its own moment, before the procedure).
        IReadOnlyList<TimelineSegment> wait = at > 0 ? [new TimelineSegment(TimelineBarKind.Wait, 0, at)] : [];
        return new TimelineRow(AdviceRow, id, start.Title, wait, at, at, false);
    }

    public static double Hours(DateTimeOffset performedAt, DateTimeOffset moment) => (moment - performedAt).TotalHours;
}
