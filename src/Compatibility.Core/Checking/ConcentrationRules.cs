using System.Text.Json;
using Compatibility.Core.Protocols;
using Compatibility.Core.Seeds;

namespace Compatibility.Core.Checking;

/// <summary>
/// The 1 % line markers of <c>seeds/rules/concentration.json</c> (which ingredients start the under-1 % part of a list) and the
/// neutralisers (which ingredients make the acids beside them pH adjusters).
/// </summary>
public sealed record ConcentrationRules(
    string Version,
    string Description,
    IReadOnlyList<MarkerGroup> Groups,
    IReadOnlyList<ProtocolSource> Sources,
    IReadOnlyList<Neutraliser>? Neutralisers = null,
    AlphabeticalListRule? AlphabeticalLists = null)
{
    public const string ResourceName = "seeds/rules/concentration.json";

    private static readonly Lazy<ConcentrationRules> EmbeddedRules = new(LoadEmbedded);

    private Dictionary<string, MarkerGroup>? _byName;
    private Dictionary<string, Neutraliser>? _neutraliserByName;
    private Dictionary<string, SourceRef>? _sourceRefs;

    /// <summary>The shipped rules, loaded and validated once.</summary>
    public static ConcentrationRules Embedded => EmbeddedRules.Value;

    /// <summary>The marker group of an INCI name (upper case, as the catalogue spells it); null when it is not a marker.</summary>
    public MarkerGroup? MarkerFor(string inciName)
    {
        _byName ??= Groups.SelectMany(g => g.Names.Select(n => (n, g))).ToDictionary(x => x.n, x => x.g, StringComparer.OrdinalIgnoreCase);
        return _byName.GetValueOrDefault(inciName);
    }

    /// <summary>The neutraliser an INCI name is; null when it is none.</summary>
    public Neutraliser? NeutraliserFor(string inciName)
    {
        _neutraliserByName ??= (Neutralisers ?? []).SelectMany(n => n.Names.Select(name => (name, n))).ToDictionary(x => x.name, x => x.n, StringComparer.OrdinalIgnoreCase);
        return _neutraliserByName.GetValueOrDefault(inciName);
    }

    /// <summary>The rule file's sources for these ids, as findings cite them.</summary>
    public IReadOnlyList<SourceRef> Refs(IReadOnlyList<string> ids)
    {
        _sourceRefs ??= Sources.ToDictionary(s => s.Id, s => new SourceRef(s.Id, s.Title, s.Url), StringComparer.Ordinal);
        return BandWindows.Refs(ids, _sourceRefs);
    }

    public static ConcentrationRules Parse(string json)
    {
        var rules = JsonSerializer.Deserialize(json, CheckJsonContext.Default.ConcentrationRules) ?? throw new InvalidDataException("Concentration rules are empty.");
        var errors = Validate(rules);
        return errors.Count == 0 ? rules : throw new InvalidDataException($"Concentration rules are invalid: {string.Join("; ", errors)}");
    }

    /// <summary>Every group needs names and known sources; a name belongs to one group.</summary>
    public static IReadOnlyList<string> Validate(ConcentrationRules rules)
    {
        var errors = new List<string>();
        var sources = (rules.Sources ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in rules.Groups ?? [])
        {
            if ((group.Names?.Count ?? 0) == 0) errors.Add($"group '{group.Role}': no names");
            if ((group.Sources?.Count ?? 0) == 0) errors.Add($"group '{group.Role}': no source");
            errors.AddRange((group.Sources ?? []).Where(s => !sources.Contains(s)).Select(s => $"group '{group.Role}': unknown source '{s}'"));
        }

        errors.AddRange((rules.Groups ?? []).SelectMany(g => g.Names ?? []).GroupBy(n => n, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1).Select(g => $"'{g.Key}' is in more than one group"));
        for (var i = 0; i < (rules.Neutralisers?.Count ?? 0); i++)
        {
            var neutraliser = rules.Neutralisers![i];
            var where = $"neutraliser {i}";
            if ((neutraliser.Names?.Count ?? 0) == 0) errors.Add($"{where}: no names");
            if ((neutraliser.Classes?.Count ?? 0) == 0) errors.Add($"{where}: no classes");
            if (neutraliser.MinimumPercent <= 0 || neutraliser.MinimumPercent > 100) errors.Add($"{where}: minimumPercent must be more than 0 and at most 100");
            if (string.IsNullOrWhiteSpace(neutraliser.Reason)) errors.Add($"{where}: no reason");
            if ((neutraliser.Sources?.Count ?? 0) == 0) errors.Add($"{where}: no source");
            errors.AddRange((neutraliser.Sources ?? []).Where(s => !sources.Contains(s)).Select(s => $"{where}: unknown source '{s}'"));
        }

        if (rules.AlphabeticalLists is { } alphabetical)
        {
            if (alphabetical.MinimumEntries < 3) errors.Add("alphabeticalLists: minimumEntries must be at least 3");
            if ((alphabetical.Sources?.Count ?? 0) == 0) errors.Add("alphabeticalLists: no source");
            errors.AddRange((alphabetical.Sources ?? []).Where(s => !sources.Contains(s)).Select(s => $"alphabeticalLists: unknown source '{s}'"));
        }

        return errors;
    }

    private static ConcentrationRules LoadEmbedded() => Parse(EmbeddedSeeds.ReadText(ResourceName));
}
