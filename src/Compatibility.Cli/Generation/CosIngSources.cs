namespace Compatibility.Cli.Generation;

/// <summary>Reads the two CosIng CSVs: the main file wins; the supplement adds the names only it has.</summary>
public static class CosIngSources
{
    /// <summary>CosIng's placeholder for "no function given"; not a function.</summary>
    public const string NotReported = "NOT REPORTED";

    public static IReadOnlyList<CosIngEntry> Read(string mainCsv, string supplementCsv)
    {
        var byName = new Dictionary<string, CosIngEntry>(StringComparer.Ordinal);
        foreach (var row in Rows(mainCsv, "cosing_ref,inci_name,cas_no,functions,update_date"))
        {
            var name = row[1].Trim();
            var cas = row[2].Trim();
            var entry = new CosIngEntry(
                name,
                SplitFunctions(row[3]),
                cas.Length == 0 ? null : cas,
                int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture));
            if (!byName.TryAdd(name, entry))
            {
                throw new InvalidDataException($"CosIng main file lists '{name}' twice.");
            }
        }

        foreach (var row in Rows(supplementCsv, "inci_name,functions"))
        {
            var name = row[0].Trim();
            byName.TryAdd(name, new CosIngEntry(name, SplitFunctions(row[1]), null, null));
        }

        return byName.Values.OrderBy(e => e.InciName, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(string csv, string expectedHeader)
    {
        var first = true;
        var columns = expectedHeader.Split(',').Length;
        foreach (var row in CsvReader.Read(csv))
        {
            if (first)
            {
                if (!string.Equals(string.Join(',', row), expectedHeader, StringComparison.Ordinal))
                {
                    throw new InvalidDataException($"Unexpected CSV header '{string.Join(',', row)}', expected '{expectedHeader}'.");
                }

                first = false;
                continue;
            }

            if (row.Count == 1 && row[0].Length == 0)
            {
                continue;
            }

            if (row.Count != columns)
            {
                throw new InvalidDataException($"CSV row with {row.Count} fields, expected {columns}: {string.Join(',', row)}");
            }

            yield return row;
        }
    }

    private static IReadOnlyList<string> SplitFunctions(string functions) =>
        functions.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(f => f != NotReported)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
