using Compatibility.Core.Catalogue;

namespace Compatibility.Core.Tests.Catalogue;

public class NameNormalizerTests
{
    [Theory]
    [InlineData("Sodium Hyaluronate", "SODIUM HYALURONATE")]
    [InlineData("  sodium   hyaluronate. ", "SODIUM HYALURONATE")]
    [InlineData("PEG-8 Dimethicone", "PEG 8 DIMETHICONE")]
    [InlineData("peg 8 dimethicone", "PEG 8 DIMETHICONE")]
    [InlineData("Alcohol Denat.", "ALCOHOL DENAT")]
    [InlineData("Fruit & Flower", "FRUIT AND FLOWER")]
    [InlineData("Fruit&Flower", "FRUIT AND FLOWER")]
    [InlineData("Argireline™", "ARGIRELINE")]
    [InlineData("Parfum*", "PARFUM")]
    [InlineData("Hydrolysed Hyaluronic Acid", "HYDROLYZED HYALURONIC ACID")]
    [InlineData("Sodium Lauryl Sulphate", "SODIUM LAURYL SULFATE")]
    [InlineData("Mentha × Piperita Oil", "MENTHA PIPERITA OIL")]
    [InlineData("Mentha x Piperita Oil", "MENTHA PIPERITA OIL")]
    [InlineData("Crème", "CREME")]
    [InlineData("1,2-Hexanediol", "1 2 HEXANEDIOL")]
    [InlineData("—", "")]
    public void Normalize_gives_the_comparison_key(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("C12-15 Alkyl Benzoate", "C1215ALKYLBENZOATE")]
    [InlineData("Butylene Glycol", "BUTYLENEGLYCOL")]
    [InlineData("Butyleneglycol", "BUTYLENEGLYCOL")]
    public void Compact_drops_spaces(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Compact(name));

    [Fact]
    public void A_leading_x_is_a_word_not_a_hybrid_sign() =>
        Assert.Equal("X RAY", NameNormalizer.Normalize("x-ray"));

    [Fact]
    public void AreSame_compares_keys()
    {
        Assert.True(NameNormalizer.AreSame("Alpha-Isomethyl Ionone", "ALPHA ISOMETHYL IONONE"));
        Assert.False(NameNormalizer.AreSame("Lactic Acid", "Malic Acid"));
    }

    [Fact]
    public void Span_and_string_forms_agree_on_long_input()
    {
        var longName = string.Join(", ", Enumerable.Repeat("Aqua & Glycerin", 40));
        Assert.Equal(NameNormalizer.Normalize(longName), NameNormalizer.Normalize(longName.AsSpan()));
        Assert.StartsWith("AQUA AND GLYCERIN AQUA", NameNormalizer.Normalize(longName), StringComparison.Ordinal);
    }
}
