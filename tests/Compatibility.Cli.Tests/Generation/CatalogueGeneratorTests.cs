using Compatibility.Testing;
using Compatibility.Cli.Generation;
using Compatibility.Cli.Tests.Support;
using Compatibility.Core.Catalogue;

namespace Compatibility.Cli.Tests.Generation;

public class CatalogueGeneratorTests
{
    private const string Main =
        "cosing_ref,inci_name,cas_no,functions,update_date\r\n" +
        "31000,ALCOHOL DENAT.,,ANTIFOAMING|SOLVENT,\r\n" +
        "31001,GLYCERIN,56-81-5,FRAGRANCE|HUMECTANT|PERFUMING,\r\n" +
        "31002,GLYCOLIC ACID,79-14-1,BUFFERING,\r\n" +
        "31003,LINALOOL,78-70-6,FRAGRANCE|PERFUMING,\r\n" +
        "31004,\"PEG-8 DIMETHICONE\",,NOT REPORTED,\r\n" +
        "31005,PEG 8 DIMETHICONE,,EMULSIFYING,\r\n" +
        "31006,WATER,7732-18-5,SOLVENT,\r\n";

    private const string Supplement =
        "inci_name,functions\r\n" +
        "GLYCERIN,HUMECTANT|SKIN CONDITIONING - MISCELLANEOUS\r\n" +
        "NEWLY ADDED ESTER,EMOLLIENT\r\n";

    private const string Obf =
        "en:Allergenic fragrances\n\n<en:Allergenic fragrances\nen:Linalool, Linalol\n\nen:water, aqua, Dihydrogen oxide\n";

    private const string Classes = """
        { "rules": [
          { "class": "aha", "names": ["Glycolic Acid"] },
          { "class": "drying-alcohol", "patterns": [ { "match": "^ALCOHOL" } ] },
          { "class": "fragrance", "obfGroups": ["en:Allergenic fragrances"] }
        ] }
        """;

    private const string Synonyms = """{ "synonyms": [ { "inci": "WATER", "names": ["Eau", "Aqua"] } ] }""";

    private const string Extras = """{ "ingredients": [ { "inci": "Tretinoin", "synonyms": ["Retin-A"], "classes": ["retinoid"] } ] }""";

    private const string Allergens =
        "inci_name,cas_no,annex_iii_ref,in_2003_list,notes\r\n" +
        "LINALOOL,78-70-6,84,yes,entry not amended by 2023/1545\r\n";

    private static CatalogueInputs Inputs(string? classes = null, string? synonyms = null, string? extras = null, string? allergens = null) =>
        new(Main, Supplement, Obf, classes ?? Classes, synonyms ?? Synonyms, extras ?? Extras, allergens ?? Allergens);

    private static Ingredient Find(CatalogueData data, string inci) => data.Ingredients.Single(i => i.InciName == inci);

    [Fact]
    public void Curated_classes_are_applied_and_functions_never_become_classes()
    {
        var data = CatalogueGenerator.Generate(Inputs()).Data;

        Assert.Equal(["aha"], Find(data, "GLYCOLIC ACID").Classes);
        Assert.Equal(["drying-alcohol"], Find(data, "ALCOHOL DENAT.").Classes);
        Assert.Equal(["fragrance"], Find(data, "LINALOOL").Classes);
        Assert.Empty(Find(data, "GLYCERIN").Classes); // FRAGRANCE/PERFUMING function, still neutral
        Assert.Equal(["FRAGRANCE", "HUMECTANT", "PERFUMING"], Find(data, "GLYCERIN").Functions);
    }

    [Fact]
    public void Main_file_wins_supplement_adds_missing_names_and_placeholder_is_dropped()
    {
        var data = CatalogueGenerator.Generate(Inputs()).Data;

        var glycerin = Find(data, "GLYCERIN");
        Assert.Equal(31001, glycerin.CosIngRef);
        Assert.Equal("56-81-5", glycerin.CasNumber);
        var added = Find(data, "NEWLY ADDED ESTER");
        Assert.Null(added.CosIngRef);
        Assert.Equal(["EMOLLIENT"], added.Functions);
        Assert.Empty(Find(data, "PEG-8 DIMETHICONE").Functions);
    }

    [Fact]
    public void Ids_are_slugs_and_collisions_are_resolved()
    {
        var data = CatalogueGenerator.Generate(Inputs()).Data;

        Assert.Equal("glycolic-acid", Find(data, "GLYCOLIC ACID").Id);
        Assert.Equal("alcohol-denat", Find(data, "ALCOHOL DENAT.").Id);
        Assert.Equal("peg-8-dimethicone", Find(data, "PEG 8 DIMETHICONE").Id);
        Assert.StartsWith("peg-8-dimethicone-", Find(data, "PEG-8 DIMETHICONE").Id, StringComparison.Ordinal);
        Assert.Equal(data.Ingredients.Count, data.Ingredients.Select(i => i.Id).Distinct().Count());
        Assert.Equal(data.Ingredients.Select(i => i.Id).Order(StringComparer.Ordinal), data.Ingredients.Select(i => i.Id));
    }

    [Fact]
    public void Extras_and_synonyms_are_added()
    {
        var data = CatalogueGenerator.Generate(Inputs()).Data;

        var tretinoin = Find(data, "TRETINOIN");
        Assert.Equal("tretinoin", tretinoin.Id);
        Assert.Equal(["retinoid"], tretinoin.Classes);
        Assert.Equal(["Retin-A"], tretinoin.Synonyms);
        Assert.Null(tretinoin.CosIngRef);
        Assert.Contains("Eau", Find(data, "WATER").Synonyms);
        Assert.Contains("Dihydrogen oxide", Find(data, "WATER").Synonyms); // from the OBF entry
        Assert.Contains("Linalol", Find(data, "LINALOOL").Synonyms);
    }

    [Fact]
    public void Same_inputs_give_the_same_bytes_and_version_follows_content()
    {
        var first = CatalogueWriter.Serialize(CatalogueGenerator.Generate(Inputs()).Data);
        var second = CatalogueWriter.Serialize(CatalogueGenerator.Generate(Inputs()).Data);
        Assert.Equal(first, second);

        var version = CatalogueGenerator.Generate(Inputs()).Data.Version;
        Assert.Matches("^cosing-2020\\.12\\+[0-9a-f]{8}$", version);
        var changed = CatalogueGenerator.Generate(Inputs(synonyms: """{ "synonyms": [ { "inci": "WATER", "names": ["Eau"] } ] }""")).Data.Version;
        Assert.NotEqual(version, changed);
        var crlf = CatalogueGenerator.Generate(Inputs(classes: Classes.Replace("\n", "\r\n", StringComparison.Ordinal))).Data.Version;
        Assert.Equal(version, crlf);
    }

    [Fact]
    public void Written_file_round_trips_with_empty_lists_left_out()
    {
        var data = CatalogueGenerator.Generate(Inputs()).Data;
        var json = CatalogueWriter.Serialize(data);

        Assert.DoesNotContain("[]", json, StringComparison.Ordinal);
        Assert.Contains("\"inciName\":\"WATER\"", json, StringComparison.Ordinal);
        var read = System.Text.Json.JsonSerializer.Deserialize(json, CatalogueJsonContext.Default.CatalogueData)!;
        Assert.Equal(data.Version, read.Version);
        Assert.Equal(data.Ingredients.Count, read.Ingredients.Count);
        Assert.Empty(read.Ingredients.Single(i => i.InciName == "GLYCERIN").Classes);
        Assert.Equal(Find(data, "WATER").Synonyms, read.Ingredients.Single(i => i.InciName == "WATER").Synonyms);
    }

    [Fact]
    public void A_pattern_with_functions_classes_only_names_cosing_lists_with_one_of_them_and_except_names_are_never_classed()
    {
        const string classes = """
            { "rules": [ { "class": "essential-oil", "exceptNames": ["Glycerin"],
                "patterns": [ { "match": "^(GLYCERIN|LINALOOL|WATER|GLYCOLIC ACID)$", "functions": ["PERFUMING", "BUFFERING"] } ] } ] }
            """;
        var data = CatalogueGenerator.Generate(Inputs(classes: classes)).Data;

        Assert.Equal(["essential-oil"], Find(data, "LINALOOL").Classes); // PERFUMING
        Assert.Equal(["essential-oil"], Find(data, "GLYCOLIC ACID").Classes); // BUFFERING
        Assert.Empty(Find(data, "WATER").Classes); // SOLVENT only
        Assert.Empty(Find(data, "GLYCERIN").Classes); // PERFUMING, but an except-name
    }

    [Fact]
    public void Fragrance_allergen_entries_and_their_group_members_are_classed()
    {
        const string classes = """{ "rules": [ { "class": "fragrance", "euFragranceAllergens": true } ] }""";
        const string allergens =
            "inci_name,cas_no,annex_iii_ref,in_2003_list,notes\r\n" +
            "LINALOOL,78-70-6,84,yes,entry not amended by 2023/1545\r\n" +
            "WATER AND GLYCERIN,1-1-1,400,no,group; members: GLYCERIN/NO SUCH NAME; ALCOHOL DENAT. (NOT A NAME); peroxide value < 10 mmol/L\r\n";
        var aliases = """{ "allergenAliases": { "WATER AND GLYCERIN": "Water" }, "rules": [ { "class": "fragrance", "euFragranceAllergens": true } ] }""";

        var data = CatalogueGenerator.Generate(Inputs(classes: aliases, allergens: allergens)).Data;

        Assert.Equal(["fragrance"], Find(data, "LINALOOL").Classes);
        Assert.Equal(["fragrance"], Find(data, "WATER").Classes); // the entry, through its alias
        Assert.Equal(["fragrance"], Find(data, "GLYCERIN").Classes); // a slash part of a member
        Assert.Equal(["fragrance"], Find(data, "ALCOHOL DENAT.").Classes); // the text outside a member's bracket
        Assert.Empty(Find(data, "GLYCOLIC ACID").Classes);
        var error = Assert.Throws<InvalidDataException>(() => CatalogueGenerator.Generate(Inputs(classes: classes, allergens: allergens)));
        Assert.Contains("WATER AND GLYCERIN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allergen_listed_as_absent_that_resolves_fails_and_an_absent_one_is_allowed()
    {
        const string allergens =
            "inci_name,cas_no,annex_iii_ref,in_2003_list,notes\r\n" +
            "LINALOOL,78-70-6,84,yes,group; members: NOT AN INCI NAME\r\n";
        var absent = """{ "allergensNotInCatalogue": ["NOT AN INCI NAME"], "rules": [ { "class": "fragrance", "euFragranceAllergens": true } ] }""";
        var wrong = """{ "allergensNotInCatalogue": ["NOT AN INCI NAME", "Linalool"], "rules": [ { "class": "fragrance", "euFragranceAllergens": true } ] }""";

        Assert.Equal(["fragrance"], Find(CatalogueGenerator.Generate(Inputs(classes: absent, allergens: allergens)).Data, "LINALOOL").Classes);
        var error = Assert.Throws<InvalidDataException>(() => CatalogueGenerator.Generate(Inputs(classes: wrong, allergens: allergens)));
        Assert.Contains("Linalool", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "rules": [ { "class": "aha", "names": ["NO SUCH ACID"] } ] }""", "NO SUCH ACID")]
    [InlineData("""{ "rules": [ { "class": "not-a-class", "names": ["WATER"] } ] }""", "not-a-class")]
    [InlineData("""{ "rules": [ { "class": "aha", "patterns": [ { "match": "^ZZZ" } ] } ] }""", "^ZZZ")]
    [InlineData("""{ "rules": [ { "class": "aha", "exceptNames": ["NO SUCH OIL"], "patterns": [ { "match": "^GLYCOLIC" } ] } ] }""", "NO SUCH OIL")]
    [InlineData("""{ "rules": [ { "class": "aha", "patterns": [ { "match": "^WATER$", "functions": ["PERFUMING"] } ] } ] }""", "^WATER$")]
    public void Curation_mistakes_fail_generation(string classes, string mentioned)
    {
        var error = Assert.Throws<InvalidDataException>(() => CatalogueGenerator.Generate(Inputs(classes: classes)));
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_synonym_that_is_another_ingredients_inci_name_fails()
    {
        var synonyms = """{ "synonyms": [ { "inci": "WATER", "names": ["Glycerin"] } ] }""";
        var error = Assert.Throws<InvalidDataException>(() => CatalogueGenerator.Generate(Inputs(synonyms: synonyms)));
        Assert.Contains("GLYCERIN", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_that_cosing_already_has_fails()
    {
        var extras = """{ "ingredients": [ { "inci": "Glycerin" } ] }""";
        Assert.Throws<InvalidDataException>(() => CatalogueGenerator.Generate(Inputs(extras: extras)));
    }

    [Fact]
    public void The_committed_catalogue_is_what_the_generator_makes_from_the_committed_seeds()
    {
        var seeds = Repository.PathTo("seeds");
        var generated = CatalogueWriter.Serialize(CatalogueGenerator.Generate(CatalogueInputs.FromSeedsDirectory(seeds)).Data);
        var committed = File.ReadAllText(Path.Combine(seeds, "catalogue.json"));

        Assert.True(string.Equals(generated, committed, StringComparison.Ordinal), "seeds/catalogue.json is stale: run `dotnet run --project src/Compatibility.Cli -- generate-catalogue`.");
    }

    [Fact]
    public void Sources_readme_keeps_attribution_licences_and_disclaimer()
    {
        var readme = File.ReadAllText(Repository.PathTo("seeds", "sources", "README.md"));

        Assert.Contains("Source: European Commission, CosIng database (https://ec.europa.eu/growth/tools-databases/cosing/)", readme, StringComparison.Ordinal);
        Assert.Contains("Source: Open Beauty Facts (https://world.openbeautyfacts.org), ODbL / DbCL", readme, StringComparison.Ordinal);
        Assert.Contains("no legal value", readme, StringComparison.Ordinal);
        Assert.Contains("Regulation (EC) No 1223/2009", readme, StringComparison.Ordinal);
        Assert.Contains("Open Database Licence", readme, StringComparison.Ordinal);
        Assert.Contains("Source: European Chemicals Agency, http://echa.europa.eu/", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Repository.PathTo("seeds", "sources", "allergens", "README.md")), "the allergen list's provenance README must travel with it");
        Assert.False(Directory.Exists(Repository.PathTo("seeds", "sources", "corpora")), "the retailer corpus must not be committed");
    }
}
