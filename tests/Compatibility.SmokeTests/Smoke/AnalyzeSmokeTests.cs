using System.Net;
using System.Text.Json.Nodes;
using Compatibility.SmokeTests.Hosting;

namespace Compatibility.SmokeTests.Smoke;

[Collection(SmokeCollection.Name)]
public sealed class AnalyzeSmokeTests(SmokeTarget target)
{
    [Fact]
    public async Task Analyze_recognises_a_label_in_order_with_classes()
    {
        using var request = Api.Json(HttpMethod.Post, "v1/ingredients/analyze", new JsonObject { ["inci"] = "Aqua (Water), Sodium Hyaluronate, Parfum" });
        using var response = await target.Client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{target.Description}: {await Api.DescribeAsync(response)}");

        var analysis = await Api.ReadObjectAsync(response);
        var ingredients = analysis["ingredients"]!.AsArray();
        Assert.Equal(3, ingredients.Count);
        Assert.Equal([1, 2, 3], ingredients.Select(i => i!["position"]!.GetValue<int>()));

        var hyaluronate = ingredients[1]!["match"]!;
        Assert.Equal("SODIUM HYALURONATE", hyaluronate["inciName"]!.GetValue<string>());
        Assert.Contains("hyaluronic-acid", hyaluronate["classes"]!.AsArray().Select(c => c!.GetValue<string>()));

        Assert.Equal(3, analysis["recognized"]!.GetValue<int>());
        Assert.Equal(0, analysis["unrecognized"]!.GetValue<int>());
        var classes = analysis["classes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        Assert.Contains("hyaluronic-acid", classes);
        Assert.Contains("fragrance", classes);

        // Each entry says which reading won: "Aqua (Water)" is water through its bracket (Aqua is the same substance).
        var aqua = ingredients[0]!;
        Assert.Contains(aqua["readings"]!.AsArray(), r => r!["outcome"]!.GetValue<string>() == "chosen");
        Assert.Equal("label", aqua["origin"]!.GetValue<string>());
        Assert.Empty(aqua["also"]!.AsArray());
        Assert.False(analysis["incomplete"]!.GetValue<bool>());
        Assert.Empty(analysis["dropped"]!.AsArray());
    }
}
