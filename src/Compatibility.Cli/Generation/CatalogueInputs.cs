using System.Security.Cryptography;
using System.Text;

namespace Compatibility.Cli.Generation;

/// <summary>The texts the catalogue is generated from (contents of <c>seeds/sources</c> and <c>seeds/curated</c>).</summary>
public sealed record CatalogueInputs(
    string CosIngMain,
    string CosIngSupplement,
    string ObfTaxonomy,
    string CuratedClasses,
    string CuratedSynonyms,
    string CuratedExtras,
    string FragranceAllergens,
    string? CuratedColours = null,
    string? CommonNames = null,
    string? SameSubstance = null)
{
    /// <summary>Snapshot the version names: the CosIng main file's capture month.</summary>
    public const string VersionPrefix = "cosing-2020.12";

    /// <summary>Paths relative to <c>seeds/</c>, in hashing order.</summary>
    public static IReadOnlyList<string> RelativePaths { get; } =
    [
        "sources/cosing/cosing-ingredients.csv",
        "sources/cosing/cosing-functions-current.csv",
        "sources/obf/ingredients-old-obf.txt",
        "curated/classes.json",
        "curated/synonyms.json",
        "curated/extra-ingredients.json",
        "sources/allergens/eu-2023-1545-fragrance-allergens.csv",
        "curated/colour-names.json",
        "curated/common-names.json",
        "curated/same-substance.json",
    ];

    /// <summary>Reads the inputs from a <c>seeds/</c> directory.</summary>
    public static CatalogueInputs FromSeedsDirectory(string seedsDirectory)
    {
        // The first seven are required; the later ones are optional (a missing file is an absent input).
        var texts = RelativePaths
            .Select((p, i) => i < 7 || File.Exists(Path.Combine(seedsDirectory, p)) ? File.ReadAllText(Path.Combine(seedsDirectory, p), Encoding.UTF8) : null)
            .ToArray();
        return new CatalogueInputs(texts[0]!, texts[1]!, texts[2]!, texts[3]!, texts[4]!, texts[5]!, texts[6]!, texts[7], texts[8], texts[9]);
    }

    /// <summary><c>cosing-2020.12+&lt;first 8 hex of SHA-256 over all inputs&gt;</c>; line endings do not count, absent optional inputs neither.</summary>
    public string Version()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        string?[] texts = [CosIngMain, CosIngSupplement, ObfTaxonomy, CuratedClasses, CuratedSynonyms, CuratedExtras, FragranceAllergens, CuratedColours, CommonNames, SameSubstance];
        for (var i = 0; i < texts.Length; i++)
        {
            if (texts[i] is null)
            {
                continue;
            }

            var text = texts[i]!.Replace("\r\n", "\n", StringComparison.Ordinal);
            sha.AppendData(Encoding.UTF8.GetBytes($"{RelativePaths[i]}\n{text.Length}\n"));
            sha.AppendData(Encoding.UTF8.GetBytes(text));
        }

        return $"{VersionPrefix}+{Convert.ToHexStringLower(sha.GetHashAndReset())[..8]}";
    }
}
