using System.Net;
using System.Text.Json.Nodes;
using Compatibility.SmokeTests.Hosting;

namespace Compatibility.SmokeTests.Smoke;

/// <summary>The check endpoint answers for products given inline and by SKU, one day after microneedling.</summary>
[Collection(SmokeCollection.Name)]
public sealed class CheckSmokeTests(SmokeTarget target)
{
    private const string PerformedAt = "2026-11-20T10:00:00+01:00";
    private const string OneDayLater = "2026-11-21T10:00:00+01:00";

    [Fact]
    public async Task Inline_retinol_is_blocked_the_day_after_microneedling()
    {
        var products = new JsonArray
        {
            new JsonObject
            {
                ["ref"] = "line-1",
                ["name"] = "Retinol serum",
                ["category"] = "serum",
                ["inci"] = "Squalane, Caprylic/Capric Triglyceride, Retinol, Tocopherol",
            },
        };

        var check = await CheckAsync(products);

        Assert.Equal("blocked", check["verdict"]!.GetValue<string>());
        var product = Assert.Single(check["products"]!.AsArray())!;
        Assert.Equal("line-1", product["ref"]!.GetValue<string>());
        Assert.Equal("blocked", product["verdict"]!.GetValue<string>());
        Assert.Contains(product["findings"]!.AsArray(), f => f!["class"]?.GetValue<string>() == "retinoid");
        var allowedFrom = DateTimeOffset.Parse(product["allowedFrom"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(allowedFrom > DateTimeOffset.Parse(OneDayLater, System.Globalization.CultureInfo.InvariantCulture), $"allowedFrom {allowedFrom} should be after the checked moment");
        Assert.Equal(24.0, check["hoursSinceProcedure"]!.GetValue<double>());
    }

    [Fact]
    public async Task A_stored_product_is_checked_by_its_sku()
    {
        var (sku, name) = SeedProducts.FirstContaining("Retinol");
        var products = new JsonArray { new JsonObject { ["ref"] = "cart-1", ["sku"] = sku } };

        var check = await CheckAsync(products);

        var product = Assert.Single(check["products"]!.AsArray())!;
        Assert.Equal("cart-1", product["ref"]!.GetValue<string>());
        Assert.Equal(name, product["name"]!.GetValue<string>());
        Assert.Equal("blocked", product["verdict"]!.GetValue<string>());
    }

    private async Task<JsonObject> CheckAsync(JsonArray products)
    {
        var body = new JsonObject
        {
            ["procedure"] = new JsonObject { ["type"] = "microneedling", ["performedAt"] = PerformedAt },
            ["at"] = OneDayLater,
            ["products"] = products,
        };
        using var request = Api.Json(HttpMethod.Post, "v1/check", body);
        using var response = await target.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{target.Description}: {await Api.DescribeAsync(response)}");
        return await Api.ReadObjectAsync(response);
    }
}
