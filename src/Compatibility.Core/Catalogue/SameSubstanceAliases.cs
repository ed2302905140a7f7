using System.Text.Json;
using Compatibility.Core.Catalogue.Curated;
using Compatibility.Core.Seeds;

namespace Compatibility.Core.Catalogue;

/// <summary>
/// The curated groups of INCI names that are one substance (<c>seeds/curated/same-substance.json</c>, embedded in
/// this assembly). Keyed by INCI name, not id, so it applies to a catalogue loaded from storage too.
/// </summary>
public sealed class SameSubstanceAliases
{
    public const string ResourceName = "seeds/curated/same-substance.json";

    private static readonly Lazy<SameSubstanceAliases> LazyEmbedded = new(LoadEmbedded);

    private readonly Dictionary<string, int> _groupByKey;

    public SameSubstanceAliases(SameSubstanceTable table)
    {
        _groupByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var g = 0; g < table.Groups.Count; g++)
        {
            foreach (var inci in table.Groups[g].Inci)
            {
                _groupByKey[NameNormalizer.Normalize(inci)] = g;
            }
        }
    }

    /// <summary>No groups: only ids and colour index CAS numbers decide.</summary>
    public static SameSubstanceAliases None { get; } = new(new SameSubstanceTable([]));

    /// <summary>The table shipped in this assembly.</summary>
    public static SameSubstanceAliases Embedded => LazyEmbedded.Value;

    /// <summary>The group of the INCI name with key <paramref name="inciKey"/> (a <see cref="NameNormalizer"/> key), or -1.</summary>
    public int GroupOf(string inciKey) => _groupByKey.GetValueOrDefault(inciKey, -1);

    /// <summary>Fails when a group has fewer than two names or names something <paramref name="resolve"/> does not know.</summary>
    public static void Check(SameSubstanceTable table, Func<string, string?> resolve)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in table.Groups)
        {
            if (group.Inci.Count < 2 || string.IsNullOrWhiteSpace(group.Note))
            {
                throw new InvalidDataException($"Same-substance group '{string.Join(", ", group.Inci)}' needs at least two names and a note.");
            }

            foreach (var inci in group.Inci)
            {
                if (resolve(inci) is not { } resolved || !NameNormalizer.AreSame(resolved, inci))
                {
                    throw new InvalidDataException($"Same-substance name '{inci}' is not a catalogue INCI name.");
                }

                if (!seen.Add(NameNormalizer.Normalize(inci)))
                {
                    throw new InvalidDataException($"Same-substance name '{inci}' is in two groups.");
                }
            }
        }
    }

    private static SameSubstanceAliases LoadEmbedded()
    {
        using var stream = EmbeddedSeeds.Open(ResourceName);
        var table = JsonSerializer.Deserialize(stream, CuratedJsonContext.Default.SameSubstanceTable)
            ?? throw new InvalidDataException($"{ResourceName} is empty.");
        return new SameSubstanceAliases(table);
    }
}
