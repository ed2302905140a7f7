using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>One product at one moment: its findings, verdict and <c>allowedFrom</c>.</summary>
internal static class ProductEvaluator
{
    private const string UnrecognizedReason = "Not recognised in the ingredient catalogue, so the product cannot be judged safe.";
    private const string EmptyLabelReason = "No ingredients were given, so the product cannot be judged safe.";
    private const string NoWindowReason = "The protocol has no window for this class, so the product cannot be judged safe.";

    /// <param name="at">The moment judged.</param>
    /// <param name="offset">The caller's offset every timestamp is given in.</param>
    public static ProductResult Evaluate(ProductToCheck product, Protocol protocol, DepthBand band, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        var findings = new List<Finding>();
        var unrecognized = new List<string>();

        if (product.Label.Entries.Count == 0)
        {
            findings.Add(new Finding(null, null, RuleIds.EmptyLabel, Verdict.Review, null, EmptyLabelReason));
        }

        if (product.Category is { } category && protocol.WindowForCategory(category) is { } categoryWindow)
        {
            findings.Add(WindowFinding(category, null, categoryWindow, protocol, band, performedAt, at, offset) with { Category = category });
        }

        foreach (var entry in product.Label.Entries)
        {
            if (entry.Match is not { } match)
            {
                unrecognized.Add(entry.Input);
                findings.Add(new Finding(entry.Input, null, RuleIds.UnrecognizedIngredient, Verdict.Review, null, UnrecognizedReason));
                continue;
            }

            foreach (var classId in match.Ingredient.Classes)
            {
                findings.Add(protocol.WindowForClass(classId) is { } window
                    ? WindowFinding(match.Ingredient.InciName, classId, window, protocol, band, performedAt, at, offset)
                    : new Finding(match.Ingredient.InciName, classId, RuleIds.NoWindow, Verdict.Review, null, NoWindowReason));
            }
        }

        var verdict = Verdict.Allowed;
        var undecidable = false;
        DateTimeOffset? allowedFrom = null;
        foreach (var finding in findings)
        {
            verdict = VerdictSeverity.Worst(verdict, finding.Verdict);
            undecidable |= finding.Verdict == Verdict.Review;
            if (finding.Verdict != Verdict.Allowed && finding.Until is { } until && (allowedFrom is null || until > allowedFrom))
            {
                allowedFrom = until;
            }
        }

        // A product with anything unjudgeable never becomes "allowed", so it has no allowedFrom even while a window still blocks it.
        if (verdict == Verdict.Allowed || undecidable) allowedFrom = null;

        return new ProductResult(product.Ref, product.Name, verdict, allowedFrom, findings, unrecognized);
    }

    private static Finding WindowFinding(string ingredient, string? classId, ProtocolWindow window, Protocol protocol, DepthBand band, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        var until = (performedAt + TimeSpan.FromHours(Protocol.EffectiveHours(window, band))).ToOffset(offset);
        var verdict = at < until ? window.Kind.ToVerdict() : Verdict.Allowed;
        return new Finding(ingredient, classId, RuleIds.Window(window.Id), verdict, until, window.Reason);
    }
}
