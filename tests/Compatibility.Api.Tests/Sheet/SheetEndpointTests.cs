using System.Net;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Aftercare;

namespace Compatibility.Api.Tests.Sheet;

/// <summary><c>POST /api/v1/plan</c> with <c>Accept: text/html</c>: negotiation, escaping, the new fields, the same page from both hosts.</summary>
public sealed class SheetEndpointTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private async Task<HttpResponseMessage> PostAsync(JsonObject body, string? accept = "text/html")
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoints.Plan) { Content = HttpAssert.Json(body.ToJsonString()) };
        if (accept is not null) message.Headers.TryAddWithoutValidation("Accept", accept);
        return await server.CreateClient().SendAsync(message);
    }

    [Theory]
    [InlineData("text/html", "text/html")]
    [InlineData("text/html, application/json;q=0.5", "text/html")]
    [InlineData("application/json;q=0.9, text/html", "text/html")]
    [InlineData("application/json, text/html;q=0.5", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("text/calendar, text/html;q=0.8", "text/calendar")]
    [InlineData("text/html, text/calendar;q=0.8", "text/html")]
    public async Task The_Accept_header_picks_the_format(string accept, string expected)
    {
        var response = await PostAsync(SheetPlans.ThreeProducts(), accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_sheet_is_one_self_contained_page_with_a_strict_content_security_policy()
    {
        var response = await PostAsync(SheetPlans.ThreeProducts());
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'sha256-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"timeline\"", html, StringComparison.Ordinal);

        // Header: clinic, procedure, date and time, depth band, protocol id and version.
        Assert.Contains("<strong>Riverside Skin Clinic</strong>", html, StringComparison.Ordinal);
        Assert.Contains("Phone +44 20 7946 0000", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://riverside-skin.example/\">", html, StringComparison.Ordinal);
        Assert.Contains("Fri 20 Nov 2026, 10:00</time> (UTC+01:00)", html, StringComparison.Ordinal);
        Assert.Contains("1.0 mm: Professional", html, StringComparison.Ordinal);
        Assert.Contains("<code>microneedling-standard</code>, version 2026.12.2", html, StringComparison.Ordinal);
        // Next session: day 28 (Fri 18 Dec) to day 42 (Fri 1 Jan), from the protocol's session spacing.
        Assert.Contains("Fri 18 Dec 2026</time> and <time datetime=\"2027-01-01T10:00+01:00\">Fri 1 Jan 2027</time>", html, StringComparison.Ordinal);
        // References are numbered from 1 and every cited number has an entry.
        Assert.Contains("<li id=\"ref-1\">", html, StringComparison.Ordinal);
        foreach (System.Text.RegularExpressions.Match cite in System.Text.RegularExpressions.Regex.Matches(html, "href=\"#ref-(\\d+)\""))
        {
            Assert.Contains($"<li id=\"ref-{cite.Groups[1].Value}\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Markup_and_script_in_every_request_text_are_escaped()
    {
        const string attack = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
        var body = SheetPlans.ThreeProducts();
        body["products"]![0]!["name"] = attack;
        body["products"]![0]!["ref"] = "\"><svg onload=alert(3)>";
        body["clinic"] = new JsonObject { ["name"] = attack, ["phone"] = "<a href=javascript:alert(4)>call</a>", ["url"] = "https://x.example/?q=\"><script>" };
        body["procedure"]!["type"] = "microneedling";

        var html = await (await PostAsync(body)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg onload", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html.Replace("href=javascript:alert(4)&gt;", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;", html, StringComparison.Ordinal);
        Assert.Contains("data-key=\"&quot;&gt;&lt;svg onload=alert(3)&gt;\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,hi")]
    [InlineData("/relative/page")]
    [InlineData("riverside.example")]
    public async Task A_clinic_url_that_is_not_http_is_a_400_naming_the_field(string url)
    {
        var body = SheetPlans.ThreeProducts();
        body["clinic"]!["url"] = url;

        await HttpAssert.ProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, "clinic.url");
    }

    [Theory]
    [InlineData("clinic.name", 201)]
    [InlineData("clinic.phone", 41)]
    public async Task Clinic_texts_over_their_limit_are_a_400(string field, int length)
    {
        var body = SheetPlans.ThreeProducts();
        body["clinic"]![field.Split('.')[1]] = new string('x', length);

        await HttpAssert.ProblemAsync(await PostAsync(body), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task A_bad_at_is_a_400_and_JSON_answers_ignore_at_and_clinic()
    {
        var bad = SheetPlans.ThreeProducts();
        bad["at"] = "2026-11-23T09:00:00";
        await HttpAssert.ProblemAsync(await PostAsync(bad), HttpStatusCode.BadRequest, "at");

        var plain = SheetPlans.ThreeProducts();
        plain.Remove("at");
        plain.Remove("clinic");
        var withExtras = await (await PostAsync(SheetPlans.ThreeProducts(), accept: null)).Content.ReadAsStringAsync();
        var without = await (await PostAsync(plain, accept: null)).Content.ReadAsStringAsync();
        Assert.Equal(without, withExtras);
    }

    [Fact]
    public async Task Without_at_there_is_no_today_line_and_without_clinic_no_clinic_line()
    {
        var body = SheetPlans.ThreeProducts();
        body.Remove("at");
        body.Remove("clinic");

        var html = await (await PostAsync(body)).Content.ReadAsStringAsync();

        Assert.DoesNotContain("class=\"today\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"clinic\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"procedure\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Functions_app_serves_the_same_page()
    {
        using var host = new FunctionHost();
        var request = host.Request("POST", SheetPlans.ThreeProducts().ToJsonString());
        request.Headers.Accept = "text/html";
        var result = await host.Create<PlanFunction>().Run(request, CancellationToken.None);
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(result, request);

        Assert.Equal(200, status);
        Assert.Equal("text/html; charset=utf-8", contentType);
        Assert.Equal(await (await PostAsync(SheetPlans.ThreeProducts())).Content.ReadAsStringAsync(), body);
    }
}
