using System.Globalization;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>Dates as a patient reads them, in English (the sheet's <c>lang</c>), in the procedure's offset.</summary>
public static class SheetDates
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", English);

    public static string Day(DateTimeOffset moment) => moment.ToString("ddd d MMM yyyy", English);

    public static string DayAndTime(DateTimeOffset moment) => moment.ToString("ddd d MMM, HH:mm", English);

    public static string Time(DateTimeOffset moment) => moment.ToString("HH:mm", English);

    /// <summary>"UTC+01:00", so a printed time cannot be misread in another zone.</summary>
    public static string Offset(TimeSpan offset) =>
        "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.Duration().ToString(@"hh\:mm", English);

    /// <summary>"day 10", "procedure day", "3 days before".</summary>
    public static string DayName(int day) => day switch
    {
        0 => "procedure day",
        -1 => "1 day before",
        < 0 => $"{-day} days before",
        _ => $"day {day}",
    };

    /// <summary>The ISO date for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", English);

    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mmzzz", English);
}
