using System.Net;
using Compatibility.Api.Tests.Infrastructure;
using static Compatibility.Api.Tests.Infrastructure.AdminRequests;

namespace Compatibility.Api.Tests.Admin;

/// <summary>
/// Issue 11, iCalendar from stored text: admin texts with controls or line separators are refused before they are
/// written, and what is stored (a protocol version <c>a;b,c:d</c>, a product name with a bidi override) reaches the
/// calendar's content lines escaped or dropped, never raw. Both hosts, real Azurite.
/// </summary>
[Collection(BothStorageHostsCollection.Name)]
public sealed class StoredTextInCalendarTests(BothStorageHosts hosts)
{
    public static TheoryData<string, string> HostsAndControls()
    {
        var data = new TheoryData<string, string>();
        foreach (var host in new[] { BothStorageHosts.DevServer, BothStorageHosts.Functions })
        {
            foreach (var control in new[] { "\u0000", "\u000B", "\u000C", "\u0085", "\u2028", "\n" })
            {
                data.Add(host, control);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndControls))]
    public async Task Admin_texts_with_controls_or_line_separators_are_refused_naming_the_field(string name, string control)
    {
        var host = hosts[name];
        var sku = $"CTRL-{name}-{Guid.NewGuid():N}"[..24].ToUpperInvariant();
        var product = System.Text.Json.JsonSerializer.Serialize(new { name = $"Night{control}Serum", brand = $"Brand{control}", inci = "Aqua" });
        var refused = await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/products/{sku}", product)), HttpStatusCode.BadRequest, "name");
        Assert.True(refused.GetProperty("errors").TryGetProperty("brand", out _), refused.ToString());

        var id = $"ctrl-{name}-{Guid.NewGuid():N}"[..24];
        var protocol = ProtocolJson(id, $"1{control}2");
        await HttpAssert.ProblemAsync(await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{id}", protocol)), HttpStatusCode.BadRequest, "version");

        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/products/{sku}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.SendAsync(Request(HttpMethod.Get, $"/api/v1/protocols/{id}"))).StatusCode);
    }

    public static TheoryData<string> Hosts => new() { BothStorageHosts.DevServer, BothStorageHosts.Functions };

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_stored_version_and_name_reach_the_calendar_escaped_never_raw(string name)
    {
        var host = hosts[name];
        var id = $"uid-{name}-{Guid.NewGuid():N}"[..24];
        var sku = $"UID-{name}-{Guid.NewGuid():N}"[..24].ToUpperInvariant();
        Assert.Equal(HttpStatusCode.Created, (await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/protocols/{id}", ProtocolJson(id, "a;b,c:d")))).StatusCode);
        // A retinoid, so the plan has an event for it; the bidi override is a format character, not a control: stored as given.
        var product = System.Text.Json.JsonSerializer.Serialize(new { name = "Night\u202ESerum", category = "serum", inci = "Aqua, Retinol" });
        Assert.Equal(HttpStatusCode.Created, (await host.SendAsync(Request(HttpMethod.Put, $"/api/v1/products/{sku}", product))).StatusCode);
        await AssertRefreshedAsync(host);

        var body = $$"""
            {"protocol":"{{id}}","procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00"},"products":[{"ref":"a","sku":"{{sku}}"}]}
            """;
        using var response = await host.SendAsync(Request(HttpMethod.Post, "/api/v1/plan", body, accept: "text/calendar"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Replace("\r\n ", string.Empty, StringComparison.Ordinal).Split("\r\n");

        // RFC 5545 §3.3.11: in TEXT ';' and ',' are escaped, ':' is allowed; the UID is "<start>-<protocol>-<version>-<n>@compatibility".
        var uids = lines.Where(l => l.StartsWith("UID:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(uids);
        Assert.All(uids, uid => Assert.StartsWith($"UID:20261120T090000Z-{id}-a\\;b\\,c:d-", uid));
        Assert.Contains(lines, l => l.StartsWith("SUMMARY:", StringComparison.Ordinal) && l.Contains("NightSerum", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.DoesNotContain(line, c => char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')));
    }
}
