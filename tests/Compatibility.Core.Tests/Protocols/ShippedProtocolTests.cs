using Compatibility.Core.Catalogue;
using Compatibility.Core.Protocols;
using Compatibility.Core.Tests.TestSupport;

namespace Compatibility.Core.Tests.Protocols;

/// <summary>The shipped default keeps the policy of aftercare.md.</summary>
public sealed class ShippedProtocolTests
{
    private static readonly Protocol Standard = Fixtures.Standard;

    [Fact]
    public void Embedded_protocols_load_and_validate()
    {
        var all = EmbeddedProtocols.LoadAll();
        Assert.Contains(all, p => p.Id == "microneedling-standard");
        Assert.All(all, p => Assert.Empty(ProtocolValidator.Validate(p)));
        Assert.Equal("microneedling", Standard.ProcedureType);
        Assert.False(string.IsNullOrWhiteSpace(Standard.Version));
    }

    [Fact]
    public void Every_ingredient_class_has_exactly_one_window()
    {
        foreach (var classId in IngredientClass.All)
        {
            Assert.Single(Standard.Windows, w => w.Class == classId);
        }
    }

    [Theory]
    [InlineData("foundation", WindowKind.Blocked)]
    [InlineData("concealer", WindowKind.Blocked)]
    [InlineData("makeup", WindowKind.Blocked)]
    [InlineData("exfoliant", WindowKind.Blocked)]
    [InlineData("sunscreen", WindowKind.Wait)]
    public void Heavy_makeup_scrubs_and_sunscreen_have_category_windows(string category, WindowKind kind)
    {
        var window = Standard.WindowForCategory(category);
        Assert.NotNull(window);
        Assert.Equal(kind, window.Kind);
    }

    [Theory]
    [InlineData("hyaluronic-acid")]
    [InlineData("peptide")]
    [InlineData("copper-peptide")]
    [InlineData("vitamin-c")]
    [InlineData("vitamin-c-derivative")]
    [InlineData("niacinamide")]
    [InlineData("mineral-uv-filter")]
    public void Beneficial_actives_wait(string classId) => Assert.Equal(WindowKind.Wait, Standard.WindowForClass(classId)!.Kind);

    [Theory]
    [InlineData("retinoid")]
    [InlineData("aha")]
    [InlineData("bha")]
    [InlineData("pha")]
    [InlineData("azelaic-acid")]
    [InlineData("benzoyl-peroxide")]
    [InlineData("physical-exfoliant")]
    [InlineData("fragrance")]
    [InlineData("essential-oil")]
    [InlineData("drying-alcohol")]
    [InlineData("chemical-uv-filter")]
    public void Harsh_actives_are_blocked_for_at_least_48_hours(string classId)
    {
        var window = Standard.WindowForClass(classId)!;
        Assert.Equal(WindowKind.Blocked, window.Kind);
        Assert.True(window.Hours >= 48, $"{classId}: {window.Hours} h");
    }

    [Fact]
    public void Heavy_makeup_is_never_under_48_hours()
    {
        foreach (var category in new[] { "foundation", "concealer", "makeup" })
        {
            Assert.True(Standard.WindowForCategory(category)!.Hours >= 48, category);
        }
    }

    [Fact]
    public void Nothing_but_hyaluronic_acid_goes_on_in_the_first_24_hours_at_any_depth()
    {
        foreach (var band in Standard.DepthBands)
        {
            foreach (var window in Standard.Windows.Where(w => w.Class != IngredientClass.HyaluronicAcid))
            {
                Assert.True(Protocol.EffectiveHours(window, band) >= 24, $"{window.Id} at {band.Id}");
            }
        }
    }

    [Fact]
    public void Windows_with_a_source_range_sit_in_its_cautious_half()
    {
        foreach (var window in Standard.Windows.Where(w => w.SourceRange is not null))
        {
            var range = window.SourceRange!;
            var middle = (range.MinHours + range.MaxHours) / 2;
            Assert.True(window.Hours >= middle && window.Hours <= range.MaxHours, $"{window.Id}: {window.Hours} h not in [{middle}, {range.MaxHours}]");
        }
    }

    [Fact]
    public void Vitamin_c_derivatives_never_open_before_the_earliest_l_ascorbic_window()
    {
        var earliestPublished = Standard.WindowForClass(IngredientClass.VitaminC)!.SourceRange!.MinHours;
        foreach (var band in Standard.DepthBands)
        {
            Assert.True(Protocol.EffectiveHours(Standard.WindowForClass(IngredientClass.VitaminCDerivative)!, band) >= earliestPublished, band.Id);
        }
    }

    [Fact]
    public void Sunscreen_mineral_after_24_hours_chemical_not_before_48()
    {
        Assert.Equal(24, Standard.WindowForClass(IngredientClass.MineralUvFilter)!.Hours);
        Assert.True(Standard.WindowForClass(IngredientClass.ChemicalUvFilter)!.Hours >= 48);
    }

    [Fact]
    public void Sessions_are_at_least_four_weeks_apart() => Assert.True(Standard.SessionSpacing.MinimumDays >= 28);

    [Fact]
    public void Every_window_band_and_advice_cites_known_sources()
    {
        var ids = Standard.Sources.Select(s => s.Id).ToHashSet();
        var cited = Standard.Windows.SelectMany(w => w.Sources)
            .Concat(Standard.DepthBands.SelectMany(b => b.Sources))
            .Concat(Standard.Advice.SelectMany(a => a.Sources))
            .Concat(Standard.SessionSpacing.Sources);
        Assert.All(cited, id => Assert.Contains(id, ids));
        Assert.All(Standard.Windows, w => Assert.NotEmpty(w.Sources));
    }

    [Theory]
    [InlineData("sun-exposure")]
    [InlineData("makeup")]
    [InlineData("exercise-sweat")]
    [InlineData("sauna-swimming")]
    [InlineData("sunscreen-mineral")]
    public void Non_product_advice_is_in_the_protocol(string id)
    {
        var advice = Assert.Single(Standard.Advice, a => a.Id == id);
        Assert.NotEmpty(advice.Sources);
    }

    [Fact]
    public void Disagreements_are_noted() => Assert.Contains(Standard.Windows, w => w.Contested && w.Class == IngredientClass.CopperPeptide);
}
