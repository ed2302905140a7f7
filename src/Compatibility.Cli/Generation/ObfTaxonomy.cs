namespace Compatibility.Cli.Generation;

/// <summary>One entry of an Open Food Facts taxonomy file: its parents and its English names (first is the main one).</summary>
public sealed record ObfEntry(IReadOnlyList<string> Parents, IReadOnlyList<string> EnglishNames);

/// <summary>Reads the Open Food Facts taxonomy format: blank-line separated blocks of <c>&lt;en:Parent</c> and <c>lang:name, synonym…</c> lines.</summary>
public static class ObfTaxonomy
{
    public static IReadOnlyList<ObfEntry> Read(string text)
    {
        var entries = new List<ObfEntry>();
        var parents = new List<string>();
        var names = new List<string>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('<'))
            {
                parents.Add(line[1..].Trim());
            }
            else if (line.StartsWith("en:", StringComparison.Ordinal))
            {
                names.AddRange(line[3..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (names.Count > 0)
            {
                entries.Add(new ObfEntry(parents.ToList(), names.ToList()));
            }

            parents.Clear();
            names.Clear();
        }
    }
}
