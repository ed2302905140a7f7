using System.Globalization;
using Compatibility.Api.Features.Plan.Sheet;

namespace Compatibility.Api.Tests.Sheet;

/// <summary>WCAG 2.2 AA contrast for the sheet's colours: 4.5:1 for text (1.4.3), 3:1 for bars and marks (1.4.11).</summary>
public sealed class SheetPaletteTests
{
    [Fact]
    public void Every_text_colour_has_at_least_4_5_to_1_contrast_on_its_background()
    {
        Assert.All(SheetPalette.TextPairs, p => Assert.True(Contrast(p.Foreground, p.Background) >= 4.5, $"{p.Name}: {Contrast(p.Foreground, p.Background):0.00}"));
    }

    [Fact]
    public void Every_mark_has_at_least_3_to_1_contrast()
    {
        Assert.All(SheetPalette.GraphicPairs, p => Assert.True(Contrast(p.Foreground, p.Background) >= 3, $"{p.Name}: {Contrast(p.Foreground, p.Background):0.00}"));
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#777777", "#ffffff", 4.48)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    public void The_contrast_formula_gives_the_known_values(string a, string b, double expected) =>
        Assert.Equal(expected, Contrast(a, b), 2);

    /// <summary>WCAG relative luminance contrast: (L1 + 0.05) / (L2 + 0.05).</summary>
    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(2) + 0.0722 * Channel(4);
    }
}
