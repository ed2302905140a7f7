using System.Security.Cryptography;
using System.Text;

namespace Compatibility.Cli.Generation;

/// <summary>Stable ids: the INCI name in lower case with every run of non-alphanumerics one hyphen.</summary>
public static class IngredientSlug
{
    public static string From(string inciName)
    {
        var builder = new StringBuilder(inciName.Length);
        var pendingHyphen = false;
        foreach (var c in inciName)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "ingredient" : builder.ToString();
    }

    /// <summary>
    /// Ids for all names. When several names share a slug, the ordinally first keeps it and the others
    /// get a suffix from their own name's hash, so adding an unrelated name never renames anything.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Assign(IEnumerable<string> inciNames)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in inciNames.Distinct(StringComparer.Ordinal).GroupBy(From, StringComparer.Ordinal))
        {
            var first = true;
            foreach (var name in group.Order(StringComparer.Ordinal))
            {
                ids[name] = first ? group.Key : $"{group.Key}-{ShortHash(name)}";
                first = false;
            }
        }

        return ids;
    }

    private static string ShortHash(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..6];
}
