using System.Diagnostics;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;
using Compatibility.Testing;

namespace Compatibility.Fuzz;

/// <summary>
/// Runs generated labels through <see cref="LabelAnalyzer"/> over the full embedded catalogue: no exception, every entry
/// accounted for (recognised + unrecognised = entries, positions 1..n), and the slowest inputs re-timed at the end.
/// </summary>
public static class LabelFuzzer
{
    private const double GoalMs = 10;

    public static int Run(int count, int seed, string outDir)
    {
        var catalogue = EmbeddedCatalogue.Load();
        var analyzer = new LabelAnalyzer(CatalogueIndex.Create(catalogue));
        var fixtureDir = Repository.PathTo("tests", "Compatibility.Core.Tests", "Labels", "Fixtures", "Labels");
        var fixtures = Directory.GetFiles(fixtureDir, "*.txt").Select(File.ReadAllText).ToArray();
        var inputs = new LabelInputs(new Random(seed), fixtures, LabelInputs.CatalogueNames(catalogue));
        var slowest = new List<(double Ms, string Kind, string Text)>();
        var failures = 0;
        var perKind = new Dictionary<string, int>();
        long totalChars = 0, totalEntries = 0;
        var wall = Stopwatch.StartNew();

        for (var i = 0; i < count; i++)
        {
            var text = inputs.Next(out var kind);
            perKind[kind] = perKind.GetValueOrDefault(kind) + 1;
            totalChars += text.Length;
            var start = Stopwatch.GetTimestamp();
            try
            {
                var analysis = analyzer.Analyze(text);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                totalEntries += analysis.Entries.Count;
                Check(analysis);
                Track(slowest, ms, kind, text);
            }
            catch (Exception ex)
            {
                failures++;
                var file = Path.Combine(outDir, $"label-failure-{failures}.txt");
                File.WriteAllText(file, text);
                Console.WriteLine($"FAIL #{i} ({kind}): {ex.GetType().Name}: {ex.Message} -> {file}");
            }

            if ((i + 1) % 100_000 == 0)
            {
                Console.WriteLine($"{i + 1:N0} inputs, {wall.Elapsed.TotalSeconds:F0} s, failures {failures}, slowest {slowest[0].Ms:F2} ms");
            }
        }

        Console.WriteLine($"labels: {count:N0} inputs ({string.Join(", ", perKind.Select(k => $"{k.Key} {k.Value:N0}"))}), " +
                          $"{totalChars / Math.Max(1, count)} chars and {(double)totalEntries / Math.Max(1, count):F1} entries on average, " +
                          $"{wall.Elapsed.TotalSeconds:F0} s wall, {failures} failures");

        // A single slow measurement on a shared machine is often a GC pause or preemption: re-time the slowest inputs
        // (best of 5) so the figure is the input's cost, and report both.
        var overGoal = 0;
        foreach (var (ms, kind, text) in slowest)
        {
            var best = Enumerable.Range(0, 5).Min(_ =>
            {
                var start = Stopwatch.GetTimestamp();
                analyzer.Analyze(text);
                return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            });
            if (best > GoalMs)
            {
                overGoal++;
                File.WriteAllText(Path.Combine(outDir, $"label-slow-{overGoal}.txt"), text);
            }

            Console.WriteLine($"slow: first {ms:F2} ms, best of 5 {best:F2} ms, {kind}, {text.Length} chars");
        }

        Console.WriteLine($"inputs slower than {GoalMs} ms on re-run: {overGoal}");
        return failures == 0 && overGoal == 0 ? 0 : 1;
    }

    private static void Check(LabelAnalysis analysis)
    {
        if (analysis.Recognized + analysis.Unrecognized != analysis.Entries.Count)
        {
            throw new InvalidOperationException("recognised + unrecognised != entries");
        }

        for (var p = 0; p < analysis.Entries.Count; p++)
        {
            if (analysis.Entries[p].Position != p + 1)
            {
                throw new InvalidOperationException($"entry {p} has position {analysis.Entries[p].Position}");
            }
        }
    }

    private static void Track(List<(double Ms, string Kind, string Text)> slowest, double ms, string kind, string text)
    {
        if (slowest.Count == 10 && ms <= slowest[^1].Ms)
        {
            return;
        }

        slowest.Add((ms, kind, text));
        slowest.Sort((a, b) => b.Ms.CompareTo(a.Ms));
        if (slowest.Count > 10)
        {
            slowest.RemoveAt(10);
        }
    }
}
