using Compatibility.Cli.Generation;
using Compatibility.Cli.Tests.Support;
using Compatibility.Core.Catalogue;
using Compatibility.Testing;

namespace Compatibility.Cli.Tests.Generation;

/// <summary>The EU fragrance-allergen list (Regulation (EU) 2023/1545) as the generator reads it, against the shipped catalogue.</summary>
public class FragranceAllergenListTests
{
    [Fact]
    public void Every_2023_fragrance_allergen_entry_is_a_fragrance()
    {
        var csv = File.ReadAllText(Path.Combine(RepositoryPaths.Seeds, "sources", "allergens", "eu-2023-1545-fragrance-allergens.csv"));
        var allergens = FragranceAllergenList.Read(csv);

        Assert.Equal(81, allergens.Count);
        Assert.All(allergens, a => Assert.Contains(IngredientClass.Fragrance, Find(a.LabelName).Classes));
        var lavender = allergens.Single(a => a.AnnexRef == 360);
        Assert.Contains("LAVANDULA ANGUSTIFOLIA OIL", lavender.Members);
        Assert.Equal(8, lavender.Members.Count);
    }

    private static Ingredient Find(string inci) =>
        ShippedCatalogue.Data.Ingredients.SingleOrDefault(i => i.InciName == inci)
        ?? throw new Xunit.Sdk.XunitException($"'{inci}' is not a catalogue INCI name");
}
