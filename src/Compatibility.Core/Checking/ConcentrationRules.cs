using System.Text.Json;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>The 1 % line markers of <c>seeds/rules/concentration.json</c>: which ingredients start the under-1 % part of a list.</summary>
public sealed record ConcentrationRules(string Version, string Description, IReadOnlyList<MarkerGroup> Groups, IReadOnlyList<ProtocolSource> Sources)
{
    public const string ResourceName = "seeds/rules/concentration.json";

    private static readonly Lazy<ConcentrationRules> EmbeddedRules = new(LoadEmbedded);

    private Dictionary<string, MarkerGroup>? _byName;

    /// <summary>The shipped rules, loaded and validated once.</summary>
    public static ConcentrationRules Embedded => EmbeddedRules.Value;

    /// <summary>The marker group of an INCI name (upper case, as the catalogue spells it); null when it is not a marker.</summary>
    public MarkerGroup? MarkerFor(string inciName)
    {
        _byName ??= Groups.SelectMany(g => g.Names.Select(n => (n, g))).ToDictionary(x => x.n, x => x.g, StringComparer.OrdinalIgnoreCase);
        return _byName.GetValueOrDefault(inciName);
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
        return errors;
    }

    private static ConcentrationRules LoadEmbedded()
    {
        using var stream = typeof(ConcentrationRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
