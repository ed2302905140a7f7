using System.Text.RegularExpressions;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>
/// The kinds a product is judged as: the caller's category (or the protocol's floor for uncategorised products), plus a
/// category read from its name ("Exfoliating Cleanser" is an exfoliant) when the name's category is stricter.
/// </summary>
internal static class ProductKinds
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    public static IReadOnlyList<CompiledNameKind> Compile(IReadOnlyList<NameKindRule>? rules, IReadOnlyDictionary<string, SourceRef> sources) =>
        (rules ?? []).Select(r => new CompiledNameKind(
            new Regex(r.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout), r.Category, r.Word, BandWindows.Refs(r.Sources, sources))).ToList();

    /// <summary>The first rule whose pattern is in the name and whose category differs from the caller's; null when none.</summary>
    public static CompiledNameKind? FromName(string? name, string? category, IReadOnlyList<CompiledNameKind> rules)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        foreach (var rule in rules)
        {
            if (rule.Category == category) continue;
            try
            {
                if (rule.Pattern.IsMatch(name)) return rule;
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological name is judged by its category alone.
            }
        }

        return null;
    }
}
