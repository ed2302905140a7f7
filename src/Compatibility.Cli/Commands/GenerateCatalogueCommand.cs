using System.Text;
using Compatibility.Core.Catalogue;
using Compatibility.Cli.Generation;

namespace Compatibility.Cli.Commands;

/// <summary>
/// <c>generate-catalogue [--seeds DIR] [--check]</c>: rebuilds <c>seeds/catalogue.json</c> from
/// <c>seeds/sources</c> and <c>seeds/curated</c>. With <c>--check</c> it only reports whether the
/// committed file is up to date (exit code 1 when not).
/// </summary>
internal static class GenerateCatalogueCommand
{
    public static int Run(string[] args)
    {
        var check = args.Contains("--check");
        var seedsIndex = Array.IndexOf(args, "--seeds");
        var seeds = seedsIndex >= 0 && seedsIndex + 1 < args.Length ? args[seedsIndex + 1] : FindSeedsDirectory();
        if (seeds is null || !Directory.Exists(seeds))
        {
            Console.Error.WriteLine("seeds/ directory not found; run from inside the repository or pass --seeds DIR.");
            return 2;
        }

        CatalogueGenerationResult result;
        try
        {
            result = CatalogueGenerator.Generate(CatalogueInputs.FromSeedsDirectory(seeds));
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine($"catalogue generation failed: {e.Message}");
            return 1;
        }

        var json = CatalogueWriter.Serialize(result.Data);
        var path = Path.Combine(seeds, "catalogue.json");
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (check)
        {
            var current = File.Exists(path) ? File.ReadAllText(path, utf8) : "";
            var upToDate = string.Equals(current, json, StringComparison.Ordinal);
            Console.WriteLine(upToDate ? $"{path} is up to date ({result.Data.Version})." : $"{path} is out of date; run generate-catalogue.");
            return upToDate ? 0 : 1;
        }

        File.WriteAllText(path, json, utf8);
        Console.WriteLine($"wrote {path}: version {result.Data.Version}, {result.Data.Ingredients.Count} ingredients, {json.Length / 1024} KiB");
        Console.WriteLine($"OBF synonyms: {result.ObfSynonymsAdded} added, {result.ObfSynonymsSkipped} skipped");
        Console.WriteLine($"colour name forms: {result.ColourSynonymsAdded}; common names: {result.CommonNamesAdded} taken, {result.CommonNamesSkipped.Count} skipped");
        foreach (var skipped in result.CommonNamesSkipped)
        {
            Console.WriteLine($"  skipped common name {skipped}");
        }

        foreach (var (cls, count) in result.ClassCounts)
        {
            Console.WriteLine($"  {cls,-22} {count,5}");
        }

        return 0;
    }

    private static string? FindSeedsDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compatibility.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        return null;
    }
}
