using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Cli.Commands;

/// <summary>
/// Counts recognised entries (<see cref="AnalyzedEntry.IsRecognized"/>: the entry and every further ingredient in it
/// matched) and matches per confidence over many labels, and remembers what was missed.
/// </summary>
internal sealed class RecognitionTally(string source)
{
    private readonly Dictionary<string, int> _misses = new(StringComparer.Ordinal);
    private readonly Dictionary<MatchConfidence, int> _byConfidence = [];

    public string Source { get; } = source;

    public int Labels { get; private set; }

    public int Entries { get; private set; }

    public int Recognized { get; private set; }

    public double Share => Entries == 0 ? 0 : (double)Recognized / Entries;

    public void Add(LabelAnalysis analysis)
    {
        Labels++;
        foreach (var entry in analysis.Entries)
        {
            Entries++;
            if (entry.Match is { } match)
            {
                _byConfidence[match.Confidence] = _byConfidence.GetValueOrDefault(match.Confidence) + 1;
            }

            // Recognised means every ingredient the entry names matched ("Water (Zorblexamide Quintate-7)" is a miss).
            if (entry.IsRecognized)
            {
                Recognized++;
            }
            else
            {
                var key = string.Join(' ', entry.Input.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                _misses[key] = _misses.GetValueOrDefault(key) + 1;
            }
        }
    }

    public void Write(TextWriter output, int top)
    {
        output.WriteLine($"## {Source}");
        output.WriteLine();
        output.WriteLine($"labels {Labels}, entries {Entries}, recognised {Recognized} ({Share:P1}), unrecognised {Entries - Recognized}");
        output.WriteLine(string.Join(", ", Enum.GetValues<MatchConfidence>().Select(c => $"{c.ToString().ToLowerInvariant()} {_byConfidence.GetValueOrDefault(c)}")));
        output.WriteLine();
        output.WriteLine($"| misses | entry as printed (lower-cased) |");
        output.WriteLine("| ---: | --- |");
        foreach (var (name, count) in _misses.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(top))
        {
            output.WriteLine($"| {count} | {name.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        output.WriteLine();
    }
}
