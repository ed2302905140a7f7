using Compatibility.Core.Catalogue;
using Compatibility.Cli.Generation;
using Compatibility.Core.Labels;

namespace Compatibility.Cli.Commands;

/// <summary>
/// <c>measure-recognition [--fixtures DIR] [--feed CSV] [--top N]</c>: share of label entries the analyser
/// recognises with the embedded catalogue, on the real-label fixtures (one <c>.txt</c> per label) and,
/// optionally, on a retailer feed CSV with a <c>clean_ingreds</c> column (the lookfantastic corpus; not in the repo).
/// Prints markdown for docs/recognition.md.
/// </summary>
internal static class MeasureRecognitionCommand
{
    public static int Run(string[] args)
    {
        var fixtures = Option(args, "--fixtures") ?? FindFixtures();
        var feed = Option(args, "--feed");
        var top = int.TryParse(Option(args, "--top"), out var n) ? n : 15;
        if (fixtures is null || !Directory.Exists(fixtures))
        {
            Console.Error.WriteLine("fixtures directory not found; run inside the repository or pass --fixtures DIR.");
            return 2;
        }

        var catalogue = EmbeddedCatalogue.Load();
        var analyzer = new LabelAnalyzer(CatalogueIndex.Create(catalogue));
        Console.WriteLine($"catalogue {catalogue.Version} ({catalogue.Ingredients.Count} ingredients)");
        Console.WriteLine();

        var clean = new RecognitionTally($"real-label fixtures ({fixtures})");
        foreach (var file in Directory.GetFiles(fixtures, "*.txt").Order(StringComparer.Ordinal))
        {
            clean.Add(analyzer.Analyze(File.ReadAllText(file)));
        }

        clean.Write(Console.Out, top);
        if (feed is null)
        {
            return 0;
        }

        var rows = CsvReader.Read(File.ReadAllText(feed)).ToList();
        var column = rows.Count > 0 ? IndexOf(rows[0], "clean_ingreds") : -1;
        if (column < 0)
        {
            Console.Error.WriteLine($"{feed}: no clean_ingreds column.");
            return 2;
        }

        var lossy = new RecognitionTally($"retailer feed ({Path.GetFileName(feed)})");
        foreach (var row in rows.Skip(1).Where(r => r.Count > column))
        {
            lossy.Add(analyzer.Analyze(row[column]));
        }

        lossy.Write(Console.Out, top);
        return 0;
    }

    private static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i].Trim() == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? FindFixtures()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Compatibility.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "Compatibility.Core.Tests", "Labels", "Fixtures", "Labels");
            }
        }

        return null;
    }
}
