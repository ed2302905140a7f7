using System.Globalization;
using System.Text;
using Compatibility.Core.Planning;
using static Compatibility.Api.Features.Plan.Sheet.SheetPalette;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>
/// The timeline as inline SVG: one row per product and advice item, day columns in the procedure's local dates,
/// held-back stretches as bars (blocked hatched red, wait dotted amber, review striped grey), a green mark where a
/// product becomes usable, and today's line. The viewBox is 700 units wide, the content width of A4 and Letter
/// at 96 dpi, so one unit prints as about one CSS pixel.
/// </summary>
public sealed class TimelinePicture
{
    public const double Width = 700;
    public const double PlotLeft = 196;
    public const double PlotRight = 692;
    private const double AxisHeight = 32;
    private const double GroupHeight = 17;
    private const double RowHeight = 21;
    private const double BarHeight = 12;
    private const double FooterHeight = 16;
    private const int MinimumLastDay = 6;
    private const int TodayReachDays = 45;
    private const int MaxLabelLength = 30;

    private readonly AftercarePlan _plan;
    private readonly IReadOnlyList<TimelineRow> _rows;
    private readonly double? _todayHours;
    private readonly int _firstDay;
    private readonly int _dayCount;
    private readonly double _hoursBeforeProcedure;

    public TimelinePicture(AftercarePlan plan, IReadOnlyList<TimelineRow> rows, DateTimeOffset? today)
    {
        _plan = plan;
        _rows = rows;
        var performedAt = plan.Procedure.PerformedAt;
        _todayHours = today is { } t ? TimelineRows.Hours(performedAt, t) : null;

        var starts = rows.SelectMany(r => r.Segments.Select(s => s.FromHours)).Append(0);
        var ends = rows.SelectMany(r => r.Segments.Select(s => s.ToHours).Concat(r.UsableFromHours is { } u ? [u] : [])).Append(0);
        _firstDay = Math.Min(0, DayAt(starts.Min()));
        var lastDay = Math.Max(MinimumLastDay, DayAt(ends.Max()));
        if (TodayDay is { } todayDay && todayDay >= -TodayReachDays && todayDay <= TodayReachDays)
        {
            _firstDay = Math.Min(_firstDay, todayDay);
            lastDay = Math.Max(lastDay, todayDay);
        }

        // One spare day on the right leaves room for the last "from day N" label.
        _dayCount = lastDay - _firstDay + 2;
        _hoursBeforeProcedure = performedAt.TimeOfDay.TotalHours - _firstDay * 24.0;
    }

    /// <summary>CSS pixels (viewBox units) per hour: the test measures bars against it.</summary>
    public double PixelsPerHour => (PlotRight - PlotLeft) / (_dayCount * 24.0);

    /// <summary>Today's day number, when <c>at</c> was given.</summary>
    public int? TodayDay => _todayHours is { } h ? DayAt(h) : null;

    /// <summary>True when today's line is in the picture.</summary>
    public bool ShowsToday => _todayHours is { } h && X(h) >= PlotLeft && X(h) <= PlotRight;

    public int FirstDay => _firstDay;

    public int LastDay => _firstDay + _dayCount - 1;

    public double X(double hours) => PlotLeft + (hours + _hoursBeforeProcedure) * PixelsPerHour;

    public void Write(StringBuilder sb)
    {
        var products = _rows.Where(r => r.Kind == TimelineRows.ProductRow).ToList();
        var advice = _rows.Where(r => r.Kind == TimelineRows.AdviceRow).ToList();
        var rowsTop = AxisHeight;
        var height = rowsTop + (products.Count > 0 ? GroupHeight + products.Count * RowHeight : 0)
            + (advice.Count > 0 ? GroupHeight + advice.Count * RowHeight : 0) + FooterHeight;
        var plotBottom = height - FooterHeight;

        sb.Append(Invariant($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" data-hours-per-day=\"24\" data-first-day=\"{_firstDay}\">"));
        sb.Append("<title id=\"timeline-title\">Timeline: when each product may be used and what to avoid</title>");
        sb.Append("<desc id=\"timeline-desc\">One row per product and per advice item; hatched bars are held back, dotted bars are short waits, striped bars cannot be judged; a green diamond marks the moment a product may be used. The day-by-day list says the same in words.</desc>");
        WriteDefs(sb);
        WriteAxis(sb, rowsTop, plotBottom);

        var y = rowsTop;
        y = WriteGroup(sb, "Your products", products, y);
        WriteGroup(sb, "Other advice", advice, y);
        WriteProcedureAndToday(sb, rowsTop, plotBottom);
        sb.Append("</svg>");
    }

    /// <summary>Patterns shared with the legend's swatches (same document, same ids).</summary>
    private static void WriteDefs(StringBuilder sb)
    {
        sb.Append("<defs>");
        sb.Append($"<pattern id=\"p-blocked\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"{BlockedFill}\"/><rect width=\"2.4\" height=\"6\" fill=\"{BlockedInk}\"/></pattern>");
        sb.Append($"<pattern id=\"p-wait\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect width=\"5\" height=\"5\" fill=\"{WaitFill}\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"{WaitInk}\"/></pattern>");
        sb.Append($"<pattern id=\"p-review\" width=\"6\" height=\"4\" patternUnits=\"userSpaceOnUse\"><rect width=\"6\" height=\"4\" fill=\"{ReviewFill}\"/><rect y=\"1.5\" width=\"6\" height=\"1\" fill=\"{ReviewInk}\"/></pattern>");
        sb.Append("</defs>");
    }

    private void WriteAxis(StringBuilder sb, double top, double bottom)
    {
        var dayWidth = (PlotRight - PlotLeft) / _dayCount;
        var numberStep = dayWidth >= 14 ? 1 : 2;
        var dateStep = (int)Math.Ceiling(36 / dayWidth);
        var date0 = _plan.Procedure.PerformedAt.Date;
        sb.Append("<g class=\"axis\">");
        for (var i = 0; i < _dayCount; i++)
        {
            var day = _firstDay + i;
            var left = PlotLeft + i * dayWidth;
            if (day % 2 != 0)
            {
                sb.Append(Invariant($"<rect class=\"day-shade\" x=\"{R(left)}\" y=\"{R(top)}\" width=\"{R(dayWidth)}\" height=\"{R(bottom - top)}\" fill=\"{DayShade}\"/>"));
            }

            var centre = R(left + dayWidth / 2);
            if (day % numberStep == 0)
            {
                sb.Append(Invariant($"<text class=\"day-number\" x=\"{centre}\" y=\"12\" font-size=\"10\" text-anchor=\"middle\"{(day == 0 ? " font-weight=\"bold\"" : "")}>{day}</text>"));
            }

            if (day % dateStep == 0)
            {
                var label = date0.AddDays(day).ToString("d MMM", CultureInfo.InvariantCulture);
                sb.Append(Invariant($"<text class=\"muted\" x=\"{centre}\" y=\"25\" font-size=\"8.5\" text-anchor=\"middle\">{label}</text>"));
            }
        }

        for (var i = 0; i <= _dayCount; i++)
        {
            var x = R(PlotLeft + i * dayWidth);
            sb.Append(Invariant($"<line class=\"tick\" data-day=\"{_firstDay + i}\" x1=\"{x}\" y1=\"{R(top - 4)}\" x2=\"{x}\" y2=\"{R(bottom)}\" stroke=\"{Rule}\" stroke-width=\"0.6\"/>"));
        }

        sb.Append(Invariant($"<text class=\"muted\" x=\"4\" y=\"12\" font-size=\"9\">Day</text><text class=\"muted\" x=\"4\" y=\"25\" font-size=\"8.5\">Date</text>"));
        sb.Append("</g>");
    }

    private double WriteGroup(StringBuilder sb, string heading, IReadOnlyList<TimelineRow> rows, double y)
    {
        if (rows.Count == 0) return y;
        sb.Append(Invariant($"<text class=\"group\" x=\"4\" y=\"{R(y + 12)}\" font-size=\"9.5\" font-weight=\"bold\">{heading}</text>"));
        y += GroupHeight;
        foreach (var row in rows)
        {
            WriteRow(sb, row, y);
            y += RowHeight;
        }

        return y;
    }

    private void WriteRow(StringBuilder sb, TimelineRow row, double y)
    {
        var barTop = y + (RowHeight - BarHeight) / 2;
        var middle = y + RowHeight / 2;
        var held = row.HeldHours is { } h ? Invariant($" data-held-hours=\"{R(h)}\"") : "";
        sb.Append(Invariant($"<g class=\"row\" data-row=\"{row.Kind}\" data-key=\"{Html.Text(row.Key)}\"{held}>"));
        sb.Append(Invariant($"<title>{Html.Text(row.Label)}</title>"));
        sb.Append(Invariant($"<text class=\"label\" x=\"14\" y=\"{R(middle + 3.5)}\" font-size=\"10\">{Html.Text(Core.Text.DisplayText.Shorten(row.Label, MaxLabelLength))}</text>"));

        foreach (var segment in row.Segments)
        {
            var (cssClass, pattern, ink) = Style(segment.Kind);
            var x = X(segment.FromHours);
            var width = (segment.ToHours - segment.FromHours) * PixelsPerHour;
            sb.Append(Invariant($"<rect class=\"bar {cssClass}\" data-from-hours=\"{R(segment.FromHours)}\" data-to-hours=\"{R(segment.ToHours)}\" x=\"{R(x)}\" y=\"{R(barTop)}\" width=\"{R(width)}\" height=\"{BarHeight}\" fill=\"url(#{pattern})\" stroke=\"{ink}\" stroke-width=\"1\"/>"));
        }

        var end = row.Segments.Count > 0 ? row.Segments.Max(s => s.ToHours) : 0;
        if (row.OpenEnded)
        {
            var x = X(end);
            sb.Append(Invariant($"<rect class=\"bar bar-review\" x=\"{R(x)}\" y=\"{R(barTop)}\" width=\"{R(PlotRight - x)}\" height=\"{BarHeight}\" fill=\"url(#p-review)\" stroke=\"{ReviewInk}\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>"));
            WriteMarkLabel(sb, "review-label", "ask your clinic", x + 6, middle);
        }
        else if (row.UsableFromHours is { } usable)
        {
            var x = X(usable);
            sb.Append(Invariant($"<path class=\"usable\" d=\"M{R(x)} {R(middle - 6)} l6 6 -6 6 -6 -6 z\" fill=\"{UsableInk}\" stroke=\"{Paper}\" stroke-width=\"1\"/>"));
            var text = usable <= 0 ? "from the start" : "from " + SheetDates.DayName(DayAt(usable));
            WriteMarkLabel(sb, "usable-label", text, x + 8, middle);
        }
        else
        {
            WriteMarkLabel(sb, "muted", "until " + SheetDates.DayName(DayAt(end)), X(end) + 4, middle);
        }

        sb.Append("</g>");
    }

    /// <summary>A label right of a mark, or left of it when it would run off the picture; a white halo keeps it legible over bars.</summary>
    private static void WriteMarkLabel(StringBuilder sb, string cssClass, string text, double x, double middle)
    {
        var estimatedWidth = text.Length * 5.2;
        var anchor = "start";
        if (x + estimatedWidth > Width - 2)
        {
            x -= 16;
            anchor = "end";
        }

        sb.Append(Invariant($"<text class=\"{cssClass}\" x=\"{R(x)}\" y=\"{R(middle + 3.5)}\" font-size=\"9.5\" text-anchor=\"{anchor}\" paint-order=\"stroke\" stroke=\"{Paper}\" stroke-width=\"3\" stroke-linejoin=\"round\">{Html.Text(text)}</text>"));
    }

    private void WriteProcedureAndToday(StringBuilder sb, double top, double bottom)
    {
        var procedure = R(X(0));
        sb.Append(Invariant($"<line class=\"procedure\" x1=\"{procedure}\" y1=\"{R(top - 4)}\" x2=\"{procedure}\" y2=\"{R(bottom)}\" stroke=\"{Ink}\" stroke-width=\"1.5\"/>"));
        sb.Append(Invariant($"<text class=\"muted\" x=\"{procedure}\" y=\"{R(bottom + 12)}\" font-size=\"9\" text-anchor=\"middle\">procedure</text>"));
        if (ShowsToday)
        {
            var x = X(_todayHours!.Value);
            var today = R(x);
            sb.Append(Invariant($"<line class=\"today\" x1=\"{today}\" y1=\"{R(top - 4)}\" x2=\"{today}\" y2=\"{R(bottom)}\" stroke=\"{Today}\" stroke-width=\"2\" stroke-dasharray=\"5 2\"/>"));
            // Next to "procedure" when they are close, so the two labels never overlap.
            var anchor = x - X(0) < 50 ? "start" : "middle";
            var labelX = anchor == "start" ? R(Math.Max(x + 3, X(0) + 26)) : today;
            sb.Append(Invariant($"<text class=\"today-label\" x=\"{labelX}\" y=\"{R(bottom + 12)}\" font-size=\"9\" text-anchor=\"{anchor}\">today</text>"));
        }
    }

    private static (string CssClass, string Pattern, string Ink) Style(TimelineBarKind kind) => kind switch
    {
        TimelineBarKind.Blocked => ("bar-blocked", "p-blocked", BlockedInk),
        TimelineBarKind.Wait => ("bar-wait", "p-wait", WaitInk),
        _ => ("bar-review", "p-review", ReviewInk),
    };

    private int DayAt(double hours) => PlanBuilder.DayOf(_plan.Procedure.PerformedAt, _plan.Procedure.PerformedAt + TimeSpan.FromHours(hours));

    private static string R(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
