using Compatibility.Cli.CommonNames;
using Compatibility.Cli.Generation;
using Compatibility.Cli.Tests.Support;
using Compatibility.Core.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Cli.Tests.CommonNames;

public class CommonNameTableTests
{
    private static readonly CommonNameExtractor Extractor = new(k => ShippedCatalogue.Index.MatchExact(k) is { Confidence: MatchConfidence.Exact } m ? m.Ingredient.InciName : null);

    [Theory]
    [InlineData("Prunus Armeniaca (Apricot) Kernel Oil", "Apricot Kernel Oil", "PRUNUS ARMENIACA KERNEL OIL")]
    [InlineData("Simmondsia Chinensis (Jojoba) Seed Oil", "Jojoba Seed Oil", "SIMMONDSIA CHINENSIS SEED OIL")]
    [InlineData("Butyrospermum Parkii Butter (Shea Butter)", "Shea Butter", "BUTYROSPERMUM PARKII BUTTER")]
    [InlineData("chrysanthemum parthenium (feverfew) extract", "Feverfew Extract", "CHRYSANTHEMUM PARTHENIUM EXTRACT")]
    public void Botanical_brackets_give_the_common_name(string entry, string name, string inci) =>
        Assert.Equal(new CommonNameObservation(name, inci), Extractor.Extract(entry));

    [Theory]
    [InlineData("Retinyl Palmitate (Vitamin A)")]               // no binomial
    [InlineData("Sodium Hyaluronate (hydration)")]
    [InlineData("Butyrospermum Parkii (Organic) Butter")]       // a form word, not a name
    [InlineData("Persea Gratissima (Extra Virgin, Cold Pressed Avocado) Oil")]
    [InlineData("Zinc Oxide (9%)")]
    [InlineData("Prunus Armeniaca (Apricot) Kernel Oyl")]       // not a catalogue INCI name
    public void Other_brackets_give_nothing(string entry) => Assert.Null(Extractor.Extract(entry));

    [Fact]
    public void The_committed_table_is_what_the_builder_makes_from_the_committed_inputs()
    {
        var path = Repository.PathTo("seeds", "curated", "common-names.json");
        var committed = File.ReadAllText(path);
        var previous = System.Text.Json.JsonSerializer.Deserialize(committed, GenerationJsonContext.Default.CommonNameTable)!.Pairs;
        var fixtures = RepositoryPaths.LabelFixtures;
        var labels = Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var rebuilt = CommonNameTableBuilder.Serialize(CommonNameTableBuilder.Build(ShippedCatalogue.Data, labels, null, previous));
        Assert.Equal(committed.Replace("\r\n", "\n", StringComparison.Ordinal), rebuilt);

        // Same input, same bytes, whatever the label order.
        var reversed = CommonNameTableBuilder.Serialize(CommonNameTableBuilder.Build(ShippedCatalogue.Data, Enumerable.Reverse(labels), null, previous));
        Assert.Equal(rebuilt, reversed);
    }
}
