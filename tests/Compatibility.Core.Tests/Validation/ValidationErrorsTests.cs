using Compatibility.Core.Validation;

namespace Compatibility.Core.Tests.Validation;

/// <summary>The one builder of 400 errors, for the public requests and the admin writes alike.</summary>
public sealed class ValidationErrorsTests
{
    [Fact]
    public void Text_checks_name_the_field_and_say_what_is_wrong()
    {
        var errors = new ValidationErrors();
        errors.RequireText("name", "  ", 10);
        errors.RequireText("inci", "abcdefghijk", 10);
        errors.MaxLength("ref", null, 10);
        errors.ReadableText("brand", "A\u202EB");

        var all = errors.ToDictionary();
        Assert.Equal(["Required, and must not be empty."], all["name"]);
        Assert.Equal(["Must be at most 10 characters."], all["inci"]);
        Assert.False(all.ContainsKey("ref"));
        Assert.Equal(["Must not contain control characters, line separators or bidi overrides (U+202E at 2)."], all["brand"]);
    }

    [Fact]
    public void A_list_is_bounded_and_its_entries_are_named_by_index()
    {
        var errors = new ValidationErrors();
        errors.OneLineTexts("synonyms", ["ok", "", "far too long", "line\nbreak", "bidi\u202Ekept"], maxItems: 5, maxItemLength: 10);
        errors.OneLineTexts("functions", ["a", "b", "c"], maxItems: 2, maxItemLength: 10);
        errors.OneLineTexts("classes", null, maxItems: 2, maxItemLength: 10);

        var all = errors.ToDictionary();
        Assert.Equal(["synonyms[1]", "synonyms[2]", "synonyms[3]", "functions"], all.Keys);
        Assert.Equal(["Must not contain control characters or line separators (U+000A at 5)."], all["synonyms[3]"]);
        Assert.Equal(["Must have at most 2 entries."], all["functions"]);
    }

    [Theory]
    [InlineData(null, "$")]
    [InlineData("$", "$")]
    [InlineData("$.products[2].inci", "products[2].inci")]
    [InlineData("$['odd name']", "['odd name']")]
    [InlineData("windows[0].hours", "windows[0].hours")]
    public void Json_paths_become_the_contract_field_names(string? jsonPath, string expected) =>
        Assert.Equal(expected, ValidationErrors.FieldPath(jsonPath));
}
