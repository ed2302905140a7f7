using System.Text;
using Compatibility.Core.Catalogue;

namespace Compatibility.Fuzz;

/// <summary>
/// Generators of label text: random characters, label-syntax token soup (as in the core tests' <c>LabelFuzzTests</c>),
/// mutated real labels (the clean fixtures) and lists of real catalogue names with typos and odd separators.
/// </summary>
public sealed class LabelInputs(Random random, IReadOnlyList<string> fixtures, IReadOnlyList<string> catalogueNames)
{
    // Pieces of real label syntax, so random concatenations reach the parser's branches, not just plain text.
    public static readonly string[] Tokens =
    [
        "Aqua", "Water", "Glycerin", "Gylcerin", "Niacinamide", "Parfum", "Fragrance", "Sodium Hyaluronate", "Avobenzone",
        "Ethylhexyl", "Salicylate", "CI 77491", "1,2-Hexanediol", "C12-15 Alkyl Benzoate", "Caprylic/Capric Triglyceride",
        "Zinc Oxide 9%", "7.5%", "%", "(", ")", "[", "]", "{", "}", "(and)", "(+/-)", "+/-", "±", "May Contain", "Peut Contenir",
        "Ingredients:", "Ingredients", "Active Ingredients:", "Inactive Ingredients", "Directions:", "Product Name:", ":",
        ",", ", ", ";", ".", ". ", "/", " / ", "-", "–", "*", "**", "*organic", "™", "®", "\n", "\r\n", "\u00a0", " ", "'", "\"",
        "•", "|", "<ILN1234>", "(F.I.L. B1/2)", "Sunscreen", "Purpose", "the", "please", "w/w", "0", "1", ":1",
        "\u200b", "\ufeff", "\t", "\0", "\ud800", "\udc00", "ß", "İ", "ﬁ", "Ⅻ", "𝐀", "😀", "e\u0301", "[NANO]", "Cleanser:", "Serum:",
    ];

    private static readonly string[] Separators = [", ", ",", ";", "\n", " • ", " | ", "/", " (and) ", ", , ", "", " "];

    public string Next(out string kind)
    {
        switch (random.Next(4))
        {
            case 0:
                kind = "random";
                return RandomText(random.Next(0, 3) == 0 ? random.Next(0, 4000) : random.Next(0, 200));
            case 1:
                kind = "tokens";
                return TokenSoup(random.Next(0, 300));
            case 2:
                kind = "mutated-fixture";
                return Mutate(fixtures[random.Next(fixtures.Count)], random.Next(1, 24));
            default:
                kind = "catalogue-names";
                return CatalogueList(random.Next(1, 60));
        }
    }

    private string RandomText(int length)
    {
        var chars = new char[length];
        var alphabet = random.Next(3);
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet switch
            {
                0 => (char)random.Next(0x20, 0x7f),                 // printable ASCII
                1 => "abcdefghijklmnopqrstuvwxyz ,()/%-:;.*[]+1234567890"[random.Next(50)],
                _ => (char)random.Next(0, 0x10000),                 // anything, lone surrogates included
            };
        }

        return new string(chars);
    }

    private string TokenSoup(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(Tokens[random.Next(Tokens.Length)]);
        }

        return text.ToString();
    }

    private string CatalogueList(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var name = catalogueNames[random.Next(catalogueNames.Count)];
            text.Append(random.Next(5) == 0 ? Mutate(name, random.Next(1, 3)) : random.Next(2) == 0 ? name : name.ToLowerInvariant());
            if (random.Next(10) == 0)
            {
                text.Append(' ').Append(random.Next(0, 100)).Append(random.Next(2) == 0 ? "%" : ".5%");
            }

            text.Append(Separators[random.Next(Separators.Length)]);
        }

        return text.ToString();
    }

    /// <summary>Deletes, duplicates, swaps case and inserts label syntax at random places.</summary>
    public string Mutate(string text, int edits)
    {
        var chars = new StringBuilder(text);
        for (var e = 0; e < edits && chars.Length > 0; e++)
        {
            var at = random.Next(chars.Length);
            switch (random.Next(6))
            {
                case 0:
                    chars.Remove(at, Math.Min(chars.Length - at, random.Next(1, 8)));
                    break;
                case 1:
                    chars.Insert(at, chars[random.Next(chars.Length)]);
                    break;
                case 2:
                    chars.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 3:
                    var length = Math.Min(chars.Length - at, random.Next(1, 200));
                    chars.Insert(at, chars.ToString(at, length));
                    break;
                case 4:
                    chars[at] = (char)random.Next(0, 0x3000);
                    break;
                default:
                    chars[at] = char.IsUpper(chars[at]) ? char.ToLowerInvariant(chars[at]) : char.ToUpperInvariant(chars[at]);
                    break;
            }
        }

        return chars.ToString();
    }

    public static IReadOnlyList<string> CatalogueNames(CatalogueData catalogue) =>
        catalogue.Ingredients.SelectMany(i => i.Synonyms.Prepend(i.InciName)).ToArray();
}
