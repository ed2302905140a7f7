using System.Text;
using Compatibility.Core.Planning;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>The plan day by day: what to use, what to avoid, what starts; preparation days (before the procedure) first.</summary>
public static class DayListSection
{
    public static void Write(StringBuilder sb, AftercarePlan plan, Protocol protocol, ReferenceList references)
    {
        sb.Append("<section class=\"days-section\" aria-labelledby=\"h-days\"><h2 id=\"h-days\">Day by day</h2><ol class=\"days\">");
        foreach (var day in plan.Days)
        {
            sb.Append("<li class=\"day").Append(day.Day < 0 ? " prep" : "").Append("\" data-day=\"").Append(day.Day).Append("\">");
            sb.Append("<h3><time datetime=\"").Append(SheetDates.Iso(day.Date)).Append("\">").Append(SheetDates.Day(day.Date)).Append("</time> · ")
                .Append(Html.Text(Capitalise(SheetDates.DayName(day.Day)))).Append("</h3><ul>");
            foreach (var entry in day.Entries)
            {
                WriteEntry(sb, entry, plan, protocol, references);
            }

            sb.Append("</ul></li>");
        }

        sb.Append("</ol></section>");
    }

    private static void WriteEntry(StringBuilder sb, PlanEntry entry, AftercarePlan plan, Protocol protocol, ReferenceList references)
    {
        var performedAt = plan.Procedure.PerformedAt;
        var (tag, word) = Tag(entry.Kind);
        sb.Append("<li class=\"entry\"><span class=\"tag tag-").Append(tag).Append("\">").Append(word).Append("</span> ");
        sb.Append("<strong>").Append(Html.Text(entry.Title)).Append("</strong> ");
        sb.Append("<span class=\"when\">").Append(When(entry, performedAt)).Append("</span>");
        var sources = entry.Kind switch
        {
            PlanEntryKind.NextSession => protocol.SessionSpacing.Sources,
            PlanEntryKind.Prepare => protocol.Preparation?.Advice.FirstOrDefault(a => a.Id == entry.Advice)?.Sources,
            PlanEntryKind.ProductStop => plan.Preparation?.Products.FirstOrDefault(p => p.Ref == entry.Product)?.Findings
                .Where(f => f.StopAt is not null).SelectMany(f => f.Sources).Select(s => s.Id).Distinct().ToList(),
            _ => protocol.Advice.FirstOrDefault(a => a.Id == entry.Advice)?.Sources,
        };
        // The end of an avoid period repeats its start's detail and sources; once on the sheet is enough.
        if (entry.Kind == PlanEntryKind.Resume)
        {
            sb.Append("</li>");
            return;
        }

        sb.Append(references.Cite(sources));
        if (!string.IsNullOrWhiteSpace(entry.Detail))
        {
            sb.Append("<br><span class=\"detail\">").Append(Html.Text(entry.Detail)).Append("</span>");
        }

        sb.Append("</li>");
    }

    private static string When(PlanEntry entry, DateTimeOffset performedAt)
    {
        var at = $"<time datetime=\"{SheetDates.Iso(entry.At)}\">{SheetDates.Time(entry.At)}</time>";
        return entry.Kind switch
        {
            PlanEntryKind.Avoid when entry.Until is { } until =>
                $"{(entry.At == performedAt ? "from the procedure" : "from " + at)} until <time datetime=\"{SheetDates.Iso(until)}\">{SheetDates.DayAndTime(until)}</time>",
            PlanEntryKind.ProductStop or PlanEntryKind.Prepare => $"from {at} until the procedure",
            PlanEntryKind.NextSession when entry.Until is { } latest =>
                $"from {SheetDates.Day(entry.At)} to <time datetime=\"{SheetDates.Iso(latest)}\">{SheetDates.Day(latest)}</time>",
            _ when entry.At == performedAt => "from the procedure",
            _ => "from " + at,
        };
    }

    /// <summary>A word for each kind; kinds added later still print, as a note.</summary>
    private static (string Tag, string Word) Tag(PlanEntryKind kind) => kind switch
    {
        PlanEntryKind.ProductStart => ("use", "Use"),
        PlanEntryKind.ProductReview => ("ask", "Ask"),
        PlanEntryKind.Avoid => ("avoid", "Avoid"),
        PlanEntryKind.Resume => ("over", "Over"),
        PlanEntryKind.Start => ("start", "Start"),
        PlanEntryKind.NextSession => ("next", "Book"),
        PlanEntryKind.ProductStop => ("avoid", "Stop"),
        PlanEntryKind.Prepare => ("avoid", "Before"),
        _ => ("next", "Note"),
    };

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
