using System.Text.RegularExpressions;

namespace Compatibility.Cli.Generation;

/// <summary>
/// The forms labels print for a US colour name: <c>FD&amp;C Yellow No. 5</c> → <c>FD&amp;C Yellow No. 5</c>,
/// <c>FD&amp;C Yellow 5</c>, <c>Yellow No. 5</c>, <c>Yellow 5</c>. An <c>Ext.</c> colour keeps <c>Ext.</c> in every form
/// (<c>Ext. Violet 2</c> is CI 60730, plain <c>Violet 2</c> is CI 60725).
/// </summary>
public static partial class ColourNameForms
{
    [GeneratedRegex(@"^(?<ext>Ext\.\s+)?(?<prefix>FD&C|D&C)\s+(?<colour>[A-Za-z]+)\s+No\.\s+(?<number>\d+)$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex UsName();

    /// <summary>Every label form of <paramref name="name"/>; throws when the name is not <c>[Ext. ](FD&amp;C|D&amp;C) Colour No. n</c>.</summary>
    public static IReadOnlyList<string> Of(string name)
    {
        var match = UsName().Match(name.Trim());
        if (!match.Success)
        {
            throw new InvalidDataException($"Colour name '{name}' is not of the form '[Ext. ](FD&C|D&C) Colour No. n'.");
        }

        var ext = match.Groups["ext"].Success ? "Ext. " : "";
        var prefix = match.Groups["prefix"].Value;
        var colour = match.Groups["colour"].Value;
        var number = match.Groups["number"].Value;
        return
        [
            $"{ext}{prefix} {colour} No. {number}",
            $"{ext}{prefix} {colour} {number}",
            $"{ext}{colour} No. {number}",
            $"{ext}{colour} {number}",
        ];
    }
}
