using System.Text.Json;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Seeds;

namespace Compatibility.Core.Checking;

/// <summary>Loads and validates the conflict rules (embedded <c>seeds/rules/conflicts.json</c>, or any JSON text).</summary>
public static class ConflictRulesLoader
{
    public const string ResourceName = "seeds/rules/conflicts.json";

    public static ConflictRuleSet LoadEmbedded()
    {
        using var stream = EmbeddedSeeds.Open(ResourceName);
        var set = JsonSerializer.Deserialize(stream, CheckJsonContext.Default.ConflictRuleSet)
            ?? throw new InvalidDataException("Conflict rules are empty.");
        return EnsureValid(set);
    }

    public static ConflictRuleSet Parse(string json) =>
        EnsureValid(JsonSerializer.Deserialize(json, CheckJsonContext.Default.ConflictRuleSet)
            ?? throw new InvalidDataException("Conflict rules are empty."));

    /// <summary>Unknown class ids, empty sides, rules without reason/advice and unsourced rules are errors.</summary>
    public static IReadOnlyList<string> Validate(ConflictRuleSet set)
    {
        var errors = new List<string>();
        var sources = (set.Sources ?? []).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in set.Rules ?? [])
        {
            var where = $"rule '{rule.Id}'";
            if ((rule.First?.Count ?? 0) == 0 || (rule.Second?.Count ?? 0) == 0) errors.Add($"{where}: both sides need classes");
            errors.AddRange((rule.First ?? []).Concat(rule.Second ?? []).Where(c => !IngredientClass.IsKnown(c)).Select(c => $"{where}: unknown class '{c}'"));
            if (string.IsNullOrWhiteSpace(rule.Reason) || string.IsNullOrWhiteSpace(rule.Advice)) errors.Add($"{where}: reason and advice are required");
            if ((rule.Sources?.Count ?? 0) == 0) errors.Add($"{where}: no source");
            errors.AddRange((rule.Sources ?? []).Where(s => !sources.Contains(s)).Select(s => $"{where}: unknown source '{s}'"));
            foreach (var exempt in rule.Exempt ?? [])
            {
                if (string.IsNullOrWhiteSpace(exempt.Ingredient) || string.IsNullOrWhiteSpace(exempt.Reason)) errors.Add($"{where}: an exemption needs an ingredient and a reason");
                if ((exempt.Sources?.Count ?? 0) == 0) errors.Add($"{where}: exemption '{exempt.Ingredient}' has no source");
                errors.AddRange((exempt.Sources ?? []).Where(s => !sources.Contains(s)).Select(s => $"{where}: exemption '{exempt.Ingredient}': unknown source '{s}'"));
            }
        }

        errors.AddRange((set.Rules ?? []).GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => $"rule id '{g.Key}' appears more than once"));
        foreach (var pair in set.Compatible ?? [])
        {
            errors.AddRange(pair.Classes.Where(c => !IngredientClass.IsKnown(c)).Select(c => $"compatible pair: unknown class '{c}'"));
            var clash = (set.Rules ?? []).FirstOrDefault(r => ConflictDetector.Clashes(r, pair.Classes));
            if (clash is not null) errors.Add($"compatible pair {string.Join("+", pair.Classes)} contradicts rule '{clash.Id}'");
        }

        return errors;
    }

    private static ConflictRuleSet EnsureValid(ConflictRuleSet set)
    {
        var errors = Validate(set);
        return errors.Count == 0 ? set : throw new InvalidDataException($"Conflict rules are invalid: {string.Join("; ", errors)}");
    }
}
