using System.Text.Json.Nodes;
using static Compatibility.Api.Tests.Infrastructure.AftercareJson;

namespace Compatibility.Api.Tests.Sheet;

/// <summary>Plan requests for the sheet tests; the three-product one is the .http file's example.</summary>
public static class SheetPlans
{
    public const string Today = "2026-11-23T09:00:00+01:00";

    public static JsonObject Clinic() => new()
    {
        ["name"] = "Riverside Skin Clinic",
        ["phone"] = "+44 20 7946 0000",
        ["url"] = "https://riverside-skin.example",
    };

    /// <summary>Retinol serum, the stored hyaluronic serum, a niacinamide serum: as in Compatibility.DevServer.http.</summary>
    public static JsonObject ThreeProducts() => new()
    {
        ["procedure"] = Procedure(),
        ["at"] = Today,
        ["clinic"] = Clinic(),
        ["products"] = new JsonArray(
            Inline("cart-line-1", RetinolInci, "Retinol 0.5% in Squalane", "serum"),
            BySku("cart-line-2", HyaluronicSku),
            Inline("cart-line-3", "Aqua (Water), Niacinamide, Pentylene Glycol, Zinc PCA, Tamarindus Indica Seed Gum, Xanthan Gum", "Niacinamide 10% + Zinc 1%", "serum")),
    };

    /// <summary>Five products, one of them unjudgeable (an unknown extract): the sheet must still print on two A4 pages.</summary>
    public static JsonObject FiveProducts()
    {
        var plan = ThreeProducts();
        var products = plan["products"]!.AsArray();
        products.Add(BySku("cart-line-4", "ORD-GLY7-240ML"));
        products.Add(Inline("cart-line-5", "Aqua (Water), Ascorbic Acid, Glycerin, Quixotriol Extract 5512", "Vitamin C Brightening Serum", "serum"));
        return plan;
    }

    /// <summary>The three products with the preparation days from ten days before the procedure.</summary>
    public static JsonObject ThreeProductsWithPreparation()
    {
        var plan = ThreeProducts();
        plan["from"] = "2026-11-10T10:00:00+01:00";
        return plan;
    }
}
