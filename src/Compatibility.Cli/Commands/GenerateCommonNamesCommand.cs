using System.Text;
using System.Text.Json;
using Compatibility.Core.Catalogue;
using Compatibility.Cli.CommonNames;
using Compatibility.Cli.Generation;

namespace Compatibility.Cli.Commands;

/// <summary>
/// <c>generate-common-names [--fixtures DIR] [--corpus CSV] [--seeds DIR] [--check]</c>: rebuilds
/// <c>seeds/curated/common-names.json</c> from the label fixtures, the catalogue's own names and, with
/// <c>--corpus</c>, a retailer feed (column <c>clean_ingreds</c>; not committed). Without <c>--corpus</c> the feed
/// counts already in the table are kept, so the check works on a fresh clone. Run <c>generate-catalogue</c> after it.
/// </summary>
internal static class GenerateCommonNamesCommand
{
    public const string RelativePath = "curated/common-names.json";

    public static int Run(string[] args)
    {
        var check = args.Contains("--check");
        var seeds = Option(args, "--seeds") ?? Path.Combine(RepositoryRoot() ?? ".", "seeds");
        var fixtures = Option(args, "--fixtures") ?? Path.Combine(RepositoryRoot() ?? ".", "tests/Compatibility.Core.Tests/Labels/Fixtures/Labels");
        var corpus = Option(args, "--corpus");
        if (!Directory.Exists(seeds) || !Directory.Exists(fixtures))
        {
            Console.Error.WriteLine("seeds/ or the fixtures directory not found; run inside the repository or pass --seeds and --fixtures.");
            return 2;
        }

        var path = Path.Combine(seeds, RelativePath);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var current = File.Exists(path) ? File.ReadAllText(path, utf8) : null;
        var previous = current is null ? null : JsonSerializer.Deserialize(current, GenerationJsonContext.Default.CommonNameTable)?.Pairs;
        IEnumerable<string>? feed = null;
        if (corpus is not null)
        {
            var rows = CsvReader.Read(File.ReadAllText(corpus)).ToList();
            var column = rows.Count > 0 ? rows[0].ToList().FindIndex(h => h.Trim() == "clean_ingreds") : -1;
            if (column < 0)
            {
                Console.Error.WriteLine($"{corpus}: no clean_ingreds column.");
                return 2;
            }

            feed = rows.Skip(1).Where(r => r.Count > column).Select(r => r[column]).ToList();
        }

        var catalogue = CatalogueJson(seeds);
        var labels = Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var table = CommonNameTableBuilder.Build(catalogue, labels, feed, previous);
        var json = CommonNameTableBuilder.Serialize(table);
        if (check)
        {
            var upToDate = string.Equals(current, json, StringComparison.Ordinal);
            Console.WriteLine(upToDate ? $"{path} is up to date ({table.Pairs.Count} pairs)." : $"{path} is out of date; run generate-common-names.");
            return upToDate ? 0 : 1;
        }

        File.WriteAllText(path, json, utf8);
        Console.WriteLine($"wrote {path}: {table.Pairs.Count} pairs, {table.Pairs.Count(p => p.Ambiguous)} ambiguous, " +
            $"{table.Pairs.Count(p => p.FixtureLabels > 0)} from fixtures, {table.Pairs.Count(p => p.FeedLabels > 0)} from the feed, {table.Pairs.Count(p => p.Catalogue)} from catalogue names");
        foreach (var pair in table.Pairs.Where(p => p.Ambiguous))
        {
            Console.WriteLine($"  ambiguous: '{pair.Name}' → {pair.Inci}");
        }

        return 0;
    }

    // The committed catalogue (seeds/catalogue.json), read from the seeds directory so --seeds is honoured.
    private static CatalogueData CatalogueJson(string seeds) =>
        JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(seeds, "catalogue.json")), CatalogueJsonContext.Default.CatalogueData)
        ?? throw new InvalidDataException("seeds/catalogue.json is empty.");

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compatibility.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
