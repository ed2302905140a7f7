using System.Text;
using Compatibility.Core.Planning;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Core.Tests.Planning;

/// <summary>RFC 5545 shape: CRLF, folding at 75 octets, escaping, UID and DTSTAMP, timed and all-day events.</summary>
public sealed class AftercareCalendarWriterTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 21, 5, 9, TimeSpan.Zero));

    private static string Calendar() => new AftercareCalendarWriter(Clock).Write(PlanBuilderTests.SamplePlan());

    private static List<string> Unfolded(string ics) =>
        ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n").Where(l => l.Length > 0).ToList();

    [Fact]
    public void Calendar_has_one_vcalendar_with_events_and_crlf_line_ends()
    {
        var ics = Calendar();
        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:", ics);
        Assert.EndsWith("END:VCALENDAR\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal));

        var lines = Unfolded(ics);
        var begins = lines.Count(l => l == "BEGIN:VEVENT");
        Assert.Equal(begins, lines.Count(l => l == "END:VEVENT"));
        // 5 products, 6 advice items (resume entries fold into their avoid event), 1 next session.
        Assert.Equal(12, begins);
        Assert.Equal(begins, lines.Count(l => l.StartsWith("UID:", StringComparison.Ordinal)));
        Assert.Equal(begins, lines.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).Distinct().Count());
        Assert.Equal(begins, lines.Count(l => l == "DTSTAMP:20261125T210509Z"));
    }

    [Fact]
    public void Timed_events_are_in_utc_and_the_next_session_is_all_day()
    {
        var lines = Unfolded(Calendar());
        // Retinol starts 2026-11-30T10:00+01:00 = 09:00Z.
        var retinol = lines.FindIndex(l => l.StartsWith("SUMMARY:You may start: Retinol", StringComparison.Ordinal));
        Assert.Contains("DTSTART:20261130T090000Z", lines.Skip(retinol - 3).Take(4));
        // Sun avoidance runs from the procedure for 7 days.
        Assert.Contains("DTSTART:20261120T090000Z", lines);
        Assert.Contains("DTEND:20261127T090000Z", lines);
        // Next session window: day 28 to day 42 inclusive, DTEND exclusive.
        Assert.Contains("DTSTART;VALUE=DATE:20261218", lines);
        Assert.Contains("DTEND;VALUE=DATE:20270102", lines);
        Assert.Equal(5, lines.Count(l => l.StartsWith("CATEGORIES:PRODUCT", StringComparison.Ordinal)));
        Assert.Single(lines, l => l == "CATEGORIES:NEXT SESSION");
    }

    [Fact]
    public void Text_values_are_escaped()
    {
        Assert.Equal("a\\,b\\;c\\\\d\\ne", AftercareCalendarWriter.Escape("a,b;c\\d\ne"));
        Assert.Contains("SUMMARY:You may start: Retinol\\, 0.5%\\; night", Unfolded(Calendar()));
    }

    [Fact]
    public void Long_lines_are_folded_at_75_octets_without_splitting_characters()
    {
        foreach (var line in Calendar().Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, line);
        }

        var text = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("Hautpflege für geschädigte Haut – ", 8));
        var folded = AftercareCalendarWriter.Fold(text);
        var parts = folded.Split("\r\n");
        Assert.True(parts.Length > 1);
        Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p) <= 75));
        Assert.All(parts.Skip(1), p => Assert.StartsWith(" ", p));
        Assert.Equal(text, folded.Replace("\r\n ", "", StringComparison.Ordinal));
        Assert.Equal("SHORT:line", AftercareCalendarWriter.Fold("SHORT:line"));
    }

    [Fact]
    public void Controls_separators_and_bidi_overrides_never_reach_a_content_line()
    {
        // A stored product name (admin data) with every character RFC 5545 TEXT forbids or that reorders display.
        var plan = PlanBuilderTests.SamplePlan();
        var hostile = "Night\u0000Serum\u000B\u000C\u0085One\u2028Two\u2029Three\u202Eevil\u2066x\u007F\u009F\tend";
        var entry = plan.Days[0].Entries[0];
        var day = plan.Days[0] with { Entries = [entry with { Title = hostile, Detail = hostile }, .. plan.Days[0].Entries.Skip(1)] };
        var ics = new AftercareCalendarWriter(Clock).Write(plan with { Days = [day, .. plan.Days.Skip(1)] });

        foreach (var line in Unfolded(ics))
        {
            Assert.DoesNotContain(line, c => (char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
        }

        // NUL, VT, FF, DEL, C1 and the bidi controls are dropped; NEL and the Unicode separators are line breaks; tab is a space.
        Assert.Contains("SUMMARY:NightSerum\\nOne\\nTwo\\nThreeevilx end", Unfolded(ics));
        Assert.Contains("DESCRIPTION:NightSerum\\nOne\\nTwo\\nThreeevilx end", Unfolded(ics));
    }

    [Fact]
    public void The_uid_escapes_a_protocol_version_like_any_text()
    {
        var plan = PlanBuilderTests.SamplePlan();
        var ics = new AftercareCalendarWriter(Clock).Write(plan with { Protocol = plan.Protocol with { Version = "a;b,c:d" } });

        var uids = Unfolded(ics).Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uids);
        // RFC 5545 §3.8.4.7: UID is TEXT, so ';' and ',' are escaped; ':' is allowed in TEXT as it is.
        Assert.All(uids, uid => Assert.StartsWith($"UID:20261120T090000Z-{plan.Protocol.Id}-a\\;b\\,c:d-", uid));
        Assert.Equal("UID:20261120T090000Z-" + plan.Protocol.Id + "-a\\;b\\,c:d-1@compatibility", uids[0]);
    }

    [Fact]
    public void Same_plan_and_clock_give_the_same_file() => Assert.Equal(Calendar(), Calendar());
}
