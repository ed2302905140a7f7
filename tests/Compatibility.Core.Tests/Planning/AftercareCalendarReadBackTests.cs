using System.Text;
using Compatibility.Core.Planning;
using Ical.Net.CalendarComponents;
using Microsoft.Extensions.Time.Testing;
using IcalCalendar = Ical.Net.Calendar;

namespace Compatibility.Core.Tests.Planning;

/// <summary>
/// The calendar read back by an independent RFC 5545 parser (Ical.Net): every entry's UID, text and times arrive as
/// the plan has them, and the raw file keeps to the octet limit, CRLF and valid UTF-8 whatever the text holds.
/// </summary>
public sealed class AftercareCalendarReadBackTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 21, 5, 9, TimeSpan.Zero));

    // Strict: throws on an unpaired surrogate instead of writing U+FFFD, as a split emoji would reach the wire.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static string Write(AftercarePlan plan) => new AftercareCalendarWriter(Clock).Write(plan);

    private static AftercarePlan WithFirstEntryText(string title, string detail)
    {
        var plan = PlanBuilderTests.SamplePlan();
        var day = plan.Days[0] with { Entries = [plan.Days[0].Entries[0] with { Title = title, Detail = detail }, .. plan.Days[0].Entries.Skip(1)] };
        return plan with { Days = [day, .. plan.Days.Skip(1)] };
    }

    /// <summary>The sample plan's n-th event UID: procedure moment (UTC), protocol id and version, number in plan order.</summary>
    private static string Uid(int n)
    {
        var protocol = PlanBuilderTests.SamplePlan().Protocol;
        return $"20261120T090000Z-{protocol.Id}-{protocol.Version}-{n}@compatibility";
    }

    private static CalendarEvent Parsed(string ics, string uid) =>
        Assert.Single(IcalCalendar.Load(ics)!.Events, e => e.Uid == uid);

    private static void AssertWellFormed(string ics)
    {
        Assert.EndsWith("\r\n", ics);
        var withoutLineEnds = ics.Replace("\r\n", "", StringComparison.Ordinal);
        Assert.DoesNotContain('\r', withoutLineEnds);
        Assert.DoesNotContain('\n', withoutLineEnds);
        StrictUtf8.GetBytes(ics);
        foreach (var line in ics[..^2].Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}");
            Assert.DoesNotContain(line, c => char.IsControl(c) && c != '\t');
        }
    }

    [Fact]
    public void Every_entry_reads_back_with_its_uid_text_and_times()
    {
        var plan = PlanBuilderTests.SamplePlan();
        var ics = Write(plan);
        AssertWellFormed(ics);
        var calendar = IcalCalendar.Load(ics)!;

        // Resume entries end their avoid event; every other entry is one event, numbered in plan order.
        var entries = plan.Days.SelectMany(d => d.Entries).Where(e => e.Kind != PlanEntryKind.Resume).ToList();
        Assert.Equal(12, entries.Count);
        Assert.Equal(entries.Count, calendar.Events.Count);
        // UIDs are what calendars use to update an imported plan: they must not change between releases.
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var parsed = Parsed(ics, Uid(i + 1));
            Assert.Equal(entry.Title, parsed.Summary);
            Assert.Equal(entry.Detail, parsed.Description);
            Assert.Equal(new DateTime(2026, 11, 25, 21, 5, 9, DateTimeKind.Utc), parsed.DtStamp!.AsUtc);
            if (entry.Kind == PlanEntryKind.NextSession)
            {
                // All-day, in the procedure's offset, DTEND exclusive: 2026-12-18 to 2027-01-01 inclusive.
                Assert.False(parsed.DtStart!.HasTime);
                Assert.Equal(new DateOnly(2026, 12, 18), parsed.DtStart.Date);
                Assert.Equal(new DateOnly(2027, 1, 2), parsed.DtEnd!.Date);
                Assert.Equal(["NEXT SESSION"], parsed.Categories);
                continue;
            }

            Assert.True(parsed.DtStart!.IsUtc);
            Assert.Equal(entry.At.UtcDateTime, parsed.DtStart.AsUtc);
            if (entry.Until is { } until && until > entry.At)
            {
                Assert.Equal(until.UtcDateTime, parsed.DtEnd!.AsUtc);
            }
            else
            {
                Assert.Null(parsed.DtEnd);
                Assert.Equal("PT15M", parsed.Duration?.ToString());
            }
        }

        var retinol = Parsed(ics, Uid(entries.FindIndex(e => e.Product == "ret") + 1));
        Assert.Equal("You may start: Retinol, 0.5%; night", retinol.Summary);
        Assert.Equal(["PRODUCT"], retinol.Categories);
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_survive_escaping_and_folding()
    {
        var text = "Serum, night; 2\\3 \"quoted\" a:b\nsecond line – für geschädigte Haut " + string.Concat(Enumerable.Repeat("Ölig, zäh; ", 12));
        var ics = Write(WithFirstEntryText(text, text));
        AssertWellFormed(ics);

        var parsed = Parsed(ics, Uid(1));
        Assert.Equal(text, parsed.Summary);
        Assert.Equal(text, parsed.Description);
        // On the wire: RFC 5545 §3.3.11 escapes; ':' and '"' stay as they are in TEXT.
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Serum\\, night\\; 2\\\\3 \"quoted\" a:b\\nsecond line", unfolded);
    }

    [Fact]
    public void An_emoji_at_any_fold_position_stays_whole()
    {
        // "SUMMARY:" plus n letters puts the 4-octet emoji across every position of the first and second fold.
        for (var n = 55; n < 150; n++)
        {
            var title = new string('a', n) + "\U0001F600\U0001F9F4 ok";
            var ics = Write(WithFirstEntryText(title, "d"));
            AssertWellFormed(ics);
            Assert.Equal(title, Parsed(ics, Uid(1)).Summary);
        }
    }

    [Fact]
    public void Refused_characters_never_reach_the_file_and_the_rest_reads_back()
    {
        // Stored text (admin data) with what RFC 5545 TEXT forbids (controls) or that reorders display (bidi controls).
        var hostile = "Night\u0000Serum\u000B\u000C\u0085One\u2028Two\u2029Three\u202Eevil\u2066x\u007F\u009F\tend\r\nlast";
        var ics = Write(WithFirstEntryText(hostile, hostile));
        AssertWellFormed(ics);
        Assert.DoesNotContain(ics, c => c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));

        var parsed = Parsed(ics, Uid(1));
        // NEL, the Unicode separators and CRLF are line breaks; tab is a space; the other controls are dropped.
        Assert.Equal("NightSerum\nOne\nTwo\nThreeevilx end\nlast", parsed.Summary);
        Assert.Equal("NightSerum\nOne\nTwo\nThreeevilx end\nlast", parsed.Description);
    }

    [Fact]
    public void A_protocol_version_with_separators_reads_back_as_the_same_uid()
    {
        var plan = PlanBuilderTests.SamplePlan();
        var ics = Write(plan with { Protocol = plan.Protocol with { Version = "a;b,c:d" } });
        AssertWellFormed(ics);

        var uids = IcalCalendar.Load(ics)!.Events.Select(e => e.Uid).ToList();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"20261120T090000Z-{plan.Protocol.Id}-a;b,c:d-{i}@compatibility"), uids);
    }
}
