using System.Text.Json.Nodes;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>Request bodies for the aftercare endpoints, built from labels as they read.</summary>
public static class AftercareJson
{
    public const string PerformedAt = "2026-11-20T10:00:00+01:00";

    public const string RetinolInci = "Squalane, Caprylic/Capric Triglyceride, Retinol, BHT";
    public const string GlycolicInci = "Aqua (Water), Glycolic Acid, Glycerin, Propanediol";
    public const string HyaluronicInci = "Aqua (Water), Sodium Hyaluronate, Glycerin";
    public const string NiacinamideInci = "Aqua (Water), Niacinamide, Glycerin";

    /// <summary>The stored product of seeds/products/example-products.json with hyaluronic acid.</summary>
    public const string HyaluronicSku = "ORD-HA-B5-30ML";

    public static JsonObject Procedure(string performedAt = PerformedAt) =>
        new() { ["type"] = "microneedling", ["performedAt"] = performedAt, ["needleDepthMm"] = 1.0 };

    public static JsonObject Inline(string reference, string inci, string? name = null, string? category = null)
    {
        var product = new JsonObject { ["ref"] = reference };
        if (name is not null) product["name"] = name;
        if (category is not null) product["category"] = category;
        product["inci"] = inci;
        return product;
    }

    public static JsonObject BySku(string reference, string sku) => new() { ["ref"] = reference, ["sku"] = sku };

    /// <summary>Retinol serum, glycolic toner, hyaluronic serum: three products so <c>products[2]</c> exists.</summary>
    public static JsonArray ThreeProducts() =>
    [
        Inline("ret", RetinolInci, "Retinol Serum", "serum"),
        Inline("gly", GlycolicInci, "Glycolic Toner", "toner"),
        Inline("ha", HyaluronicInci, "HA Serum", "serum"),
    ];

    public static JsonObject Check(string at, params JsonObject[] products) =>
        new() { ["procedure"] = Procedure(), ["at"] = at, ["products"] = new JsonArray(products) };

    /// <summary>A valid body for <paramref name="endpoint"/> (check, routine or plan), to be broken by one mutation.</summary>
    public static JsonObject ValidBody(string endpoint)
    {
        var body = new JsonObject { ["procedure"] = Procedure(), ["products"] = ThreeProducts() };
        switch (endpoint)
        {
            case Endpoints.Check:
                body["at"] = "2026-11-21T10:00:00+01:00";
                break;
            case Endpoints.Routine:
                body["steps"] = new JsonArray(
                    new JsonObject { ["product"] = "ha", ["day"] = 1, ["slot"] = "am" },
                    new JsonObject { ["product"] = "ret", ["at"] = "2026-12-01T21:00:00+01:00" });
                break;
        }

        return body;
    }
}
