using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Api.Features.Plan.Sheet;

/// <summary>A finding as a patient reads it: what, until when, and why. Returns escaped HTML.</summary>
public static class FindingText
{
    public static string Describe(Finding finding, bool withReason = true)
    {
        var reason = withReason ? " " + Html.Text(finding.Reason) : "";
        var what = finding.Category is { } category
            ? $"As a {Html.Text(category)} product"
            : $"<strong>{Html.Text(Title(finding.Ingredient))}</strong>{(finding.Class is { } c ? $" ({Html.Text(Human(c))})" : "")}";
        return finding.Rule switch
        {
            RuleIds.UnrecognizedIngredient =>
                $"<strong>“{Html.Text(finding.Ingredient)}”</strong> is not an ingredient we recognise, so this product cannot be judged safe: ask your clinic.",
            RuleIds.EmptyLabel => "No ingredients were given, so this product cannot be judged safe: ask your clinic.",
            RuleIds.NoWindow => $"{what}: the protocol has no rule for it, so ask your clinic.",
            _ => finding.Verdict switch
            {
                Verdict.Blocked => $"{what}: not before {When(finding)}.{reason}",
                Verdict.Wait => $"{what}: wait until {When(finding)}.{reason}",
                Verdict.Review => $"{what}: cannot be judged, ask your clinic.{reason}",
                _ => $"{what}: nothing to wait for.",
            },
        };
    }

    /// <summary>The protocol sources behind a finding's window rule, if it has one.</summary>
    public static IReadOnlyList<string> Sources(Finding finding, Protocol protocol) =>
        protocol.Windows.FirstOrDefault(w => RuleIds.Window(w.Id) == finding.Rule)?.Sources ?? [];

    private static string When(Finding finding) =>
        finding.Until is { } until ? $"<time datetime=\"{SheetDates.Iso(until)}\">{SheetDates.DayAndTime(until)}</time>" : "a moment that cannot be decided";

    /// <summary>INCI names arrive in capitals (RETINOL); "Retinol" reads better on a patient's sheet.</summary>
    private static string Title(string? inci)
    {
        if (string.IsNullOrEmpty(inci)) return "An ingredient";
        return inci.Any(char.IsLower) ? inci : string.Concat(inci[0].ToString(), inci[1..].ToLowerInvariant());
    }

    private static string Human(string classId) => classId.Replace('-', ' ');
}
