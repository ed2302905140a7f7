using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.Sheet;

/// <summary>
/// The printable sheet in a real browser: headless Chromium lays it out, the DOM is measured against the JSON plan
/// (one timeline row per product and advice item, bar lengths equal to the plan's hours), and a PNG screenshot and an
/// A4 PDF print are saved to the test output (<c>sheet-output/</c>). <c>UPDATE_SHEET_PICTURES=1</c> refreshes docs/.
/// </summary>
public sealed class AftercareSheetBrowserTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private const string MeasureScript = """
        JSON.stringify({
          scripts: document.querySelectorAll('script').length,
          svgWidth: document.querySelector('svg.timeline').getBoundingClientRect().width,
          pageWidth: document.documentElement.clientWidth,
          ticks: [...document.querySelectorAll('svg.timeline line.tick')].map(l => ({ day: +l.dataset.day, x: l.getBoundingClientRect().left })),
          procedureX: document.querySelector('svg.timeline line.procedure').getBoundingClientRect().left,
          todayX: document.querySelector('svg.timeline line.today')?.getBoundingClientRect().left ?? null,
          rows: [...document.querySelectorAll('svg.timeline g.row')].map(g => ({
            row: g.dataset.row,
            key: g.dataset.key,
            label: g.querySelector('title').textContent,
            held: [...g.querySelectorAll('rect.bar-blocked, rect.bar-wait')].map(r => r.getBoundingClientRect()),
            review: g.querySelectorAll('rect.bar-review').length,
            usable: g.querySelector('path.usable')?.getBoundingClientRect() ?? null
          })),
          products: [...document.querySelectorAll('article.product')].map(a => ({ key: a.dataset.key, name: a.querySelector('h3').textContent }))
        })
        """;

    [Fact]
    public async Task The_three_product_sheet_draws_every_row_with_bars_as_long_as_the_plan_says()
    {
        var request = SheetPlans.ThreeProducts();
        var plan = await JsonPlanAsync(request);
        await using var browser = await HeadlessChromium.StartAsync();
        var dom = await LoadAndMeasureAsync(browser, request, "three-product-sheet");

        Assert.Equal(0, dom.GetProperty("scripts").GetInt32());
        // The picture fits the page: no sideways scrolling on screen, so none in print either.
        Assert.True(dom.GetProperty("svgWidth").GetDouble() <= dom.GetProperty("pageWidth").GetDouble());

        var rows = dom.GetProperty("rows").EnumerateArray().ToList();
        var productRefs = plan.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("ref").GetString()).ToList();
        var adviceIds = Entries(plan).Where(e => e.GetProperty("advice").ValueKind == JsonValueKind.String)
            .Select(e => e.GetProperty("advice").GetString()).Distinct().ToList();
        Assert.Equal(productRefs, rows.Where(r => r.GetProperty("row").GetString() == "product").Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(adviceIds, rows.Where(r => r.GetProperty("row").GetString() == "advice").Select(r => r.GetProperty("key").GetString()));
        Assert.Equal(6, adviceIds.Count);

        var pixelsPerHour = PixelsPerHour(dom);
        var procedureX = dom.GetProperty("procedureX").GetDouble();
        var performedAt = DateTimeOffset.Parse(AftercareJson.PerformedAt, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var product in plan.GetProperty("products").EnumerateArray())
        {
            var row = rows.Single(r => r.GetProperty("key").GetString() == product.GetProperty("ref").GetString());
            var startsAt = DateTimeOffset.Parse(product.GetProperty("startsAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var hours = (startsAt - performedAt).TotalHours;
            var held = row.GetProperty("held").EnumerateArray().ToList();
            Assert.Equal(hours * pixelsPerHour, held.Sum(b => b.GetProperty("width").GetDouble()), 1.0);
            Assert.Equal(procedureX, held.Min(b => b.GetProperty("left").GetDouble()), 1.0);
            var usable = row.GetProperty("usable");
            Assert.Equal(procedureX + hours * pixelsPerHour, usable.GetProperty("left").GetDouble() + usable.GetProperty("width").GetDouble() / 2, 1.0);
        }

        // By hand from the protocol (professional band): retinol 240 h, hyaluronic acid 8 h, niacinamide 48 h.
        Assert.Equal(240 * pixelsPerHour, HeldWidth(rows, "cart-line-1"), 1.0);
        Assert.Equal(8 * pixelsPerHour, HeldWidth(rows, "cart-line-2"), 1.0);
        Assert.Equal(48 * pixelsPerHour, HeldWidth(rows, "cart-line-3"), 1.0);

        foreach (var avoid in Entries(plan).Where(e => e.GetProperty("kind").GetString() == "avoid"))
        {
            var hours = (DateTimeOffset.Parse(avoid.GetProperty("until").GetString()!, System.Globalization.CultureInfo.InvariantCulture) - performedAt).TotalHours;
            Assert.Equal(hours * pixelsPerHour, HeldWidth(rows, avoid.GetProperty("advice").GetString()!), 1.0);
        }

        // Sun 168 h, by hand from seeds/protocols/microneedling-standard.json.
        Assert.Equal(168 * pixelsPerHour, HeldWidth(rows, "sun-exposure"), 1.0);

        // Today (2026-11-23T09:00+01:00) is 71 h after the procedure.
        Assert.Equal(procedureX + 71 * pixelsPerHour, dom.GetProperty("todayX").GetDouble(), 1.5);
        SheetOutput.CopyToDocs("three-product-sheet.png", "aftercare-sheet.png");
        SheetOutput.CopyToDocs("three-product-sheet.pdf", "aftercare-sheet.pdf");
        SheetOutput.CopyToDocs("three-product-sheet.html", "aftercare-sheet.html");
    }

    [Fact]
    public async Task A_five_product_sheet_prints_on_at_most_two_A4_pages_and_shows_the_unjudgeable_product()
    {
        var request = SheetPlans.FiveProducts();
        await using var browser = await HeadlessChromium.StartAsync();
        var dom = await LoadAndMeasureAsync(browser, request, "five-product-sheet");

        var rows = dom.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(5, rows.Count(r => r.GetProperty("row").GetString() == "product"));
        var review = rows.Single(r => r.GetProperty("key").GetString() == "cart-line-5");
        Assert.Equal(1, review.GetProperty("review").GetInt32());
        Assert.Equal(JsonValueKind.Null, review.GetProperty("usable").ValueKind);

        var pdf = await File.ReadAllBytesAsync(SheetOutput.PathOf("five-product-sheet.pdf"));
        var pages = HeadlessChromium.CountPdfPages(pdf);
        Assert.InRange(pages, 1, 2);
    }

    [Fact]
    public async Task A_sheet_with_preparation_days_lists_them_first_keeps_the_aftercare_picture_and_prints_on_at_most_two_A4_pages()
    {
        var request = SheetPlans.ThreeProductsWithPreparation();
        var plan = await JsonPlanAsync(request);
        var preparationDays = plan.GetProperty("days").EnumerateArray().Count(d => d.GetProperty("day").GetInt32() < 0);
        Assert.Equal(3, preparationDays); // day -10 (advice from `from`), -7 (retinol, waxing, blood thinners), -2 (cold sores)
        await using var browser = await HeadlessChromium.StartAsync();
        var plain = await LoadAndMeasureAsync(browser, SheetPlans.ThreeProducts(), "three-product-sheet-again");
        var dom = await LoadAndMeasureAsync(browser, request, "preparation-sheet");

        Assert.Equal(preparationDays.ToString(System.Globalization.CultureInfo.InvariantCulture), await browser.EvaluateAsync("String(document.querySelectorAll('ol.days > li.day.prep').length)"));
        Assert.Equal("-10", await browser.EvaluateAsync("document.querySelector('ol.days > li.day').dataset.day"));
        // The timeline picture is the aftercare's, with or without the preparation.
        Assert.Equal(plain.GetProperty("rows").GetArrayLength(), dom.GetProperty("rows").GetArrayLength());
        Assert.Equal(plain.GetProperty("ticks").GetArrayLength(), dom.GetProperty("ticks").GetArrayLength());
        var pages = HeadlessChromium.CountPdfPages(await File.ReadAllBytesAsync(SheetOutput.PathOf("preparation-sheet.pdf")));
        Assert.InRange(pages, 1, 2);
    }

    [Fact]
    public async Task Markup_and_script_in_request_text_stay_text_in_the_browser()
    {
        const string name = "<script>alert(1)</script><img src=x onerror=alert(2)>\"Serum\"";
        var request = SheetPlans.ThreeProducts();
        request["products"]![0]!["name"] = name;
        request["clinic"]!["name"] = "</title><style>body{display:none}</style>Clinic";
        await using var browser = await HeadlessChromium.StartAsync();
        var dom = await LoadAndMeasureAsync(browser, request, "escaped-sheet");

        Assert.Equal(0, dom.GetProperty("scripts").GetInt32());
        Assert.Equal(0, int.Parse((await browser.EvaluateAsync("String(document.querySelectorAll('img, style:not(head > style)').length)"))!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(name, dom.GetProperty("products")[0].GetProperty("name").GetString());
        Assert.Equal(name, dom.GetProperty("rows")[0].GetProperty("label").GetString());
        Assert.Contains("</title><style>body{display:none}</style>Clinic", await browser.EvaluateAsync("document.querySelector('.clinic').textContent"), StringComparison.Ordinal);
    }

    private async Task<JsonElement> LoadAndMeasureAsync(HeadlessChromium browser, JsonObject request, string name)
    {
        var html = await SheetAsync(request);
        var path = SheetOutput.PathOf(name + ".html");
        await File.WriteAllTextAsync(path, html);
        await browser.LoadAsync(path);
        var dom = HeadlessChromium.ParseJson(await browser.EvaluateAsync(MeasureScript));
        await File.WriteAllBytesAsync(SheetOutput.PathOf(name + ".png"), await browser.ScreenshotAsync());
        await File.WriteAllBytesAsync(SheetOutput.PathOf(name + ".pdf"), await browser.PrintA4Async());
        return dom;
    }

    private async Task<string> SheetAsync(JsonObject request)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoints.Plan) { Content = HttpAssert.Json(request.ToJsonString()) };
        message.Headers.TryAddWithoutValidation("Accept", "text/html");
        var response = await server.CreateClient().SendAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonElement> JsonPlanAsync(JsonObject request)
    {
        var response = await server.CreateClient().PostAsync(Endpoints.Plan, HttpAssert.Json(request.ToJsonString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HttpAssert.JsonAsync(response);
    }

    private static List<JsonElement> Entries(JsonElement plan) =>
        plan.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("entries").EnumerateArray()).ToList();

    /// <summary>From the day ticks as laid out: one day column is 24 hours.</summary>
    private static double PixelsPerHour(JsonElement dom)
    {
        var ticks = dom.GetProperty("ticks").EnumerateArray().ToList();
        Assert.True(ticks.Count >= 9, "at least eight day columns");
        var first = ticks[0].GetProperty("x").GetDouble();
        var last = ticks[^1].GetProperty("x").GetDouble();
        var days = ticks[^1].GetProperty("day").GetInt32() - ticks[0].GetProperty("day").GetInt32();
        return (last - first) / days / 24;
    }

    private static double HeldWidth(List<JsonElement> rows, string key) =>
        rows.Single(r => r.GetProperty("key").GetString() == key).GetProperty("held").EnumerateArray().Sum(b => b.GetProperty("width").GetDouble());
}
