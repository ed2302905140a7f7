using System.Text.Json;
using Compatibility.Core.Checking;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Checking;

/// <summary>The result serialises to the contract's JSON names and values.</summary>
public sealed class CheckJsonTests
{
    [Fact]
    public void Check_result_serialises_as_the_contract_shows()
    {
        var performedAt = new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));
        var result = Fixtures.Check(performedAt, performedAt.AddHours(24),
            Fixtures.Product("cart-line-1", TestLabels.WithClass("retinoid"), name: "Retinol 0.5% in Squalane"),
            Fixtures.Product("cart-line-2", TestLabels.Neutral()),
            Fixtures.Product("cart-line-3", TestLabels.WithClass("aha")));

        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(result, CheckJsonContext.Default.CheckResult));
        var root = doc.RootElement;
        Assert.Equal("blocked", root.GetProperty("verdict").GetString());
        Assert.Equal("2026-11-30T10:00:00+01:00", root.GetProperty("readyAt").GetString());
        Assert.Equal(24.0, root.GetProperty("hoursSinceProcedure").GetDouble());
        Assert.Equal("microneedling-standard", root.GetProperty("protocol").GetProperty("id").GetString());
        Assert.True(root.GetProperty("protocol").TryGetProperty("version", out _));

        var first = root.GetProperty("products")[0];
        Assert.Equal("cart-line-1", first.GetProperty("ref").GetString());
        Assert.Equal("Retinol 0.5% in Squalane", first.GetProperty("name").GetString());
        Assert.Equal("2026-11-30T10:00:00+01:00", first.GetProperty("allowedFrom").GetString());
        var finding = first.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("class").GetString() == "retinoid");
        Assert.Equal("RETINOL", finding.GetProperty("ingredient").GetString());
        var sources = finding.GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(sources, s => s.GetProperty("id").GetString() == "skinpen-sheets" && s.GetProperty("title").GetString()!.StartsWith("SkinPen clinic aftercare sheets", StringComparison.Ordinal));
        Assert.All(sources, s => Assert.True(s.TryGetProperty("url", out _)));
        Assert.Equal("retinoid", finding.GetProperty("class").GetString());
        Assert.Equal("blocked", finding.GetProperty("verdict").GetString());
        Assert.Equal("2026-11-30T10:00:00+01:00", finding.GetProperty("until").GetString());
        Assert.True(finding.TryGetProperty("rule", out _));
        Assert.True(finding.TryGetProperty("reason", out _));
        Assert.Equal(0, first.GetProperty("unrecognized").GetArrayLength());

        var allowed = root.GetProperty("products")[1];
        Assert.Equal("allowed", allowed.GetProperty("verdict").GetString());
        Assert.Equal(JsonValueKind.Null, allowed.GetProperty("allowedFrom").ValueKind);

        var conflict = root.GetProperty("conflicts")[0];
        Assert.Equal(["cart-line-1", "cart-line-3"], conflict.GetProperty("products").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["retinoid", "aha"], conflict.GetProperty("classes").EnumerateArray().Select(e => e.GetString()));
        Assert.True(conflict.TryGetProperty("reason", out _));
        Assert.True(conflict.TryGetProperty("advice", out _));
        Assert.Contains(conflict.GetProperty("sources").EnumerateArray(), s => s.GetProperty("id").GetString() == "deciem-regimen-guide");
    }

    [Theory]
    [InlineData(Verdict.Allowed, "allowed")]
    [InlineData(Verdict.Wait, "wait")]
    [InlineData(Verdict.Review, "review")]
    [InlineData(Verdict.Blocked, "blocked")]
    public void Verdicts_are_lower_case_strings(Verdict verdict, string json)
    {
        var finding = new Finding("X", null, "r", verdict, null, "why");
        Assert.Contains($"\"verdict\":\"{json}\"", JsonSerializer.Serialize(new ProductResult("p", null, verdict, null, [finding], []), CheckJsonContext.Default.ProductResult));
    }
}
