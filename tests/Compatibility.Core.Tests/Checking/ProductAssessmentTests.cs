using System.Reflection;
using System.Text.Json;
using Compatibility.Core.Checking;
using Compatibility.Core.Labels;
using Compatibility.Core.Protocols;
using Compatibility.Core.Tests.TestSupport;
using Compatibility.Testing;

namespace Compatibility.Core.Tests.Checking;

/// <summary>
/// A product's assessment is worked out once per label analysis, windows, category and name, then judged at each moment:
/// a label checked before must be judged exactly as a freshly analysed one, whatever it was checked with before.
/// </summary>
public sealed class ProductAssessmentTests
{
    private static readonly DateTimeOffset PerformedAt = new(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1));

    // From the procedure to a year on, across every window's edge in the standard protocol (6 h to 6 weeks).
    private static readonly double[] Hours = [0, 5.99, 6, 8, 23.99, 24, 47.99, 48, 72, 96, 120, 168, 335.99, 336, 504, 1008, 8760];

    private static readonly (string? Category, string? Name)[] Kinds =
    [
        ("serum", null), ("serum", "Exfoliating Peel Serum"), ("cleanser", "Gentle Cleanser"), (null, null), (null, "Foundation Stick"), ("sunscreen", "Mineral SPF 30"),
    ];

    private static readonly double?[] Depths = [null, 0.25, 2.0];

    private static readonly LabelAnalyzer Analyzer = new(ShippedCatalogue.Index);

    public static TheoryData<string> Labels()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(RealLabels).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add(field.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void A_label_checked_before_is_judged_exactly_as_a_freshly_analysed_one(string labelName)
    {
        var label = (string)typeof(RealLabels).GetField(labelName)!.GetRawConstantValue()!;
        var reused = Analyzer.Analyze(label);
        var compared = 0;
        foreach (var protocol in EmbeddedProtocols.LoadAll())
        {
            foreach (var depth in Depths)
            {
                foreach (var (category, name) in Kinds)
                {
                    foreach (var hours in Hours)
                    {
                        var at = PerformedAt.AddHours(hours);
                        var again = Json(Check(protocol, depth, at, new ProductToCheck("p", name, category, reused)));
                        var fresh = Json(Check(protocol, depth, at, new ProductToCheck("p", name, category, Analyzer.Analyze(label))));
                        Assert.Equal(fresh, again);
                        compared++;
                    }
                }
            }
        }

        Assert.Equal(EmbeddedProtocols.LoadAll().Count * Depths.Length * Kinds.Length * Hours.Length, compared);
    }

    [Fact]
    public void The_same_label_under_another_name_category_or_depth_gets_its_own_findings()
    {
        var reused = Analyzer.Analyze(RealLabels.GlycolicToner);
        var at = PerformedAt.AddHours(100);
        var toner = Check(Fixtures.Standard, null, at, new ProductToCheck("p", "Toner", "toner", reused));
        var peel = Check(Fixtures.Standard, null, at, new ProductToCheck("p", "Glycolic Peel", "toner", reused));
        var deep = Check(Fixtures.Standard, 2.0, at, new ProductToCheck("p", "Toner", "toner", reused));
        var cleanser = Check(Fixtures.Standard, null, at, new ProductToCheck("p", "Toner", "cleanser", reused));

        // The name "peel" adds a category finding read from the name; the toner alone has none.
        Assert.DoesNotContain(toner.Products[0].Findings, f => f.FromName);
        Assert.Contains(peel.Products[0].Findings, f => f.FromName && f.Category == "exfoliant");
        // A deeper procedure lengthens the glycolic acid window; a cleanser is judged under its own category window.
        Assert.True(Until(deep, "GLYCOLIC ACID") > Until(toner, "GLYCOLIC ACID"));
        Assert.Contains(cleanser.Products[0].Findings, f => f.Category == "cleanser");
        Assert.DoesNotContain(toner.Products[0].Findings, f => f.Category == "cleanser");
    }

    [Fact]
    public void A_label_keeps_a_bounded_number_of_assessments_however_many_names_it_is_sent_with()
    {
        var reused = Analyzer.Analyze(RealLabels.RetinolSerum);
        var windows = CompiledProtocol.For(Fixtures.Standard).Windows(Fixtures.Standard.BandFor(null));
        var first = ProductAssessment.For(new ProductToCheck("p", "Name 0", "serum", reused), windows);
        for (var n = 1; n < 50; n++)
        {
            ProductAssessment.For(new ProductToCheck("p", $"Name {n}", "serum", reused), windows);
        }

        Assert.Equal(ProductAssessment.PerLabel, ProductAssessment.Kept(reused));
        // The ones kept are reused; one past the bound is worked out again each time.
        Assert.Same(first, ProductAssessment.For(new ProductToCheck("p", "Name 0", "serum", reused), windows));
        Assert.NotSame(
            ProductAssessment.For(new ProductToCheck("p", "Name 49", "serum", reused), windows),
            ProductAssessment.For(new ProductToCheck("p", "Name 49", "serum", reused), windows));
    }

    private static DateTimeOffset Until(CheckResult result, string inci) => result.Products[0].Findings.Single(f => f.Ingredient == inci).Until!.Value;

    private static CheckResult Check(Protocol protocol, double? depth, DateTimeOffset at, ProductToCheck product) =>
        Fixtures.Engine().Check(new CheckInput(Fixtures.Procedure(PerformedAt, depth), at, protocol, [product]));

    private static string Json(CheckResult result) => JsonSerializer.Serialize(result, CheckJsonContext.Default.CheckResult);
}
