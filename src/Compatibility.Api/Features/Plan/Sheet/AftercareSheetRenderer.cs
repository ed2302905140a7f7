using System.Globalization;
using System.Text;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>
/// The patient's printable aftercare sheet: one self-contained HTML page (inline CSS and SVG, no scripts, fonts or
/// images), the same from the Functions app and the DevServer because both call it through <see cref="PlanHandler"/>.
/// Plain code, not a template library: the page is one fixed layout whose picture is computed geometry (templates
/// would only wrap string building), every request string passes through the one escaper <see cref="Html.Text"/>
/// (easy to audit, no template auto-escape modes to get wrong), and the Functions app takes no new dependency.
/// </summary>
public static class AftercareSheetRenderer
{
    public const string ContentType = "text/html; charset=utf-8";

    public static string Render(AftercareSheetInput input)
    {
        var plan = input.Plan;
        var protocol = input.Protocol;
        var performedAt = plan.Procedure.PerformedAt;
        var references = new ReferenceList(protocol);
        var rows = TimelineRows.Build(plan);
        var picture = new TimelinePicture(plan, rows, input.Today?.ToOffset(performedAt.Offset));
        var sb = new StringBuilder(32 * 1024);

        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<title>Aftercare plan · ").Append(SheetDates.Day(performedAt)).Append("</title>");
        sb.Append("<style>").Append(SheetStyles.Css).Append("</style></head><body>");

        WriteHeader(sb, input, picture);
        sb.Append("<main>");
        sb.Append("<section class=\"timeline-section\" aria-labelledby=\"h-timeline\"><h2 id=\"h-timeline\">Timeline</h2><figure>");
        picture.Write(sb);
        WriteLegend(sb, picture);
        sb.Append("</figure></section>");
        DayListSection.Write(sb, plan, protocol, references);
        WriteNextSession(sb, input, references);
        ProductsSection.Write(sb, plan, protocol, references);
        if (references.Count > 0)
        {
            sb.Append("<section class=\"references-section\" aria-labelledby=\"h-sources\"><h2 id=\"h-sources\">Sources</h2>");
            references.Write(sb);
            sb.Append("</section>");
        }

        sb.Append("</main><footer><p>Made from the aftercare protocol ").Append(Html.Text(protocol.Name))
            .Append(" for the products listed above. It does not replace your clinic's advice: if your skin reacts, stop and contact your clinic.</p></footer>");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void WriteHeader(StringBuilder sb, AftercareSheetInput input, TimelinePicture picture)
    {
        var plan = input.Plan;
        var procedure = plan.Procedure;
        sb.Append("<header>");
        if (input.Clinic is { } clinic && (clinic.Name ?? clinic.Phone ?? clinic.Url) is not null)
        {
            var parts = new List<string>();
            if (clinic.Name is { } name) parts.Add("<strong>" + Html.Text(name) + "</strong>");
            if (clinic.Phone is { } phone) parts.Add("Phone " + Html.Text(phone));
            if (Html.SafeHref(clinic.Url) is { } href) parts.Add($"<a href=\"{Html.Text(href)}\">{Html.Text(clinic.Url)}</a>");
            sb.Append("<p class=\"clinic\">").Append(string.Join(" · ", parts)).Append("</p>");
        }

        sb.Append("<h1>Your aftercare plan</h1><dl class=\"facts\">");
        Fact(sb, "Procedure", Html.Text(procedure.Type));
        Fact(sb, "Date and time", $"<time datetime=\"{SheetDates.Iso(procedure.PerformedAt)}\">{SheetDates.Day(procedure.PerformedAt)}, {SheetDates.Time(procedure.PerformedAt)}</time> ({SheetDates.Offset(procedure.PerformedAt.Offset)})");
        var band = input.Protocol.DepthBands.FirstOrDefault(b => b.Id == plan.DepthBand);
        var depth = procedure.NeedleDepthMm is { } mm ? mm.ToString("0.0#", CultureInfo.InvariantCulture) + " mm: " : "not given: ";
        Fact(sb, "Needle depth", depth + Html.Text(band?.Name ?? plan.DepthBand));
        Fact(sb, "Protocol", $"{Html.Text(input.Protocol.Name)} (<code>{Html.Text(plan.Protocol.Id)}</code>, version {Html.Text(plan.Protocol.Version)})");
        if (input.Today is { } today)
        {
            var local = today.ToOffset(procedure.PerformedAt.Offset);
            Fact(sb, "Today", $"<time datetime=\"{SheetDates.Iso(local)}\">{SheetDates.DayAndTime(local)}</time> ({Html.Text(SheetDates.DayName(picture.TodayDay ?? 0))})");
        }

        sb.Append("</dl></header>");
    }

    private static void Fact(StringBuilder sb, string term, string html) =>
        sb.Append("<dt>").Append(term).Append("</dt><dd>").Append(html).Append("</dd>");

    private static void WriteLegend(StringBuilder sb, TimelinePicture picture)
    {
        sb.Append("<figcaption><ul class=\"legend\">");
        Swatch(sb, "<rect x=\"0.5\" y=\"0.5\" width=\"21\" height=\"11\" fill=\"url(#p-blocked)\" stroke=\"" + SheetPalette.BlockedInk + "\"/>", "Not yet: held back, or avoid");
        Swatch(sb, "<rect x=\"0.5\" y=\"0.5\" width=\"21\" height=\"11\" fill=\"url(#p-wait)\" stroke=\"" + SheetPalette.WaitInk + "\"/>", "Wait: a short pause first");
        Swatch(sb, "<rect x=\"0.5\" y=\"0.5\" width=\"21\" height=\"11\" fill=\"url(#p-review)\" stroke=\"" + SheetPalette.ReviewInk + "\" stroke-dasharray=\"3 2\"/>", "Cannot be judged: ask your clinic");
        Swatch(sb, "<path d=\"M11 0 l6 6 -6 6 -6 -6 z\" fill=\"" + SheetPalette.UsableInk + "\"/>", "May be used from here");
        if (picture.ShowsToday)
        {
            Swatch(sb, "<line x1=\"11\" y1=\"0\" x2=\"11\" y2=\"12\" stroke=\"" + SheetPalette.Today + "\" stroke-width=\"2\" stroke-dasharray=\"5 2\"/>", "Today");
        }

        sb.Append("<li>Days are counted from the procedure (day 0); each column is one calendar day.</li>");
        if (picture.TodayDay is { } day && !picture.ShowsToday)
        {
            sb.Append("<li>Today (").Append(Html.Text(SheetDates.DayName(day))).Append(") is outside the picture.</li>");
        }

        sb.Append("</ul></figcaption>");
    }

    private static void Swatch(StringBuilder sb, string shape, string text) =>
        sb.Append("<li><svg viewBox=\"0 0 22 12\" aria-hidden=\"true\">").Append(shape).Append("</svg>").Append(text).Append("</li>");

    private static void WriteNextSession(StringBuilder sb, AftercareSheetInput input, ReferenceList references)
    {
        var next = input.Plan.NextSession;
        var spacing = input.Protocol.SessionSpacing;
        sb.Append("<section class=\"next-section\" aria-labelledby=\"h-next\"><h2 id=\"h-next\">Next session</h2><p>Book your next session between ");
        sb.Append($"<time datetime=\"{SheetDates.Iso(next.Earliest)}\">{SheetDates.Day(next.Earliest)}</time> and <time datetime=\"{SheetDates.Iso(next.Latest)}\">{SheetDates.Day(next.Latest)}</time>");
        sb.Append($" (day {spacing.MinimumDays} to day {spacing.RecommendedMaxDays}): not sooner, so the skin has healed.");
        sb.Append(references.Cite(spacing.Sources)).Append("</p></section>");
    }
}
