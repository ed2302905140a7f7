using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>One product at one moment: its findings, verdict and <c>allowedFrom</c>.</summary>
internal static class ProductEvaluator
{
    private const string UnrecognizedReason = "Not recognised in the ingredient catalogue, so the product cannot be judged safe.";
    private const string EmptyLabelReason = "No ingredients were given, so the product cannot be judged safe.";
    private const string NoWindowReason = "The protocol has no window for this class, so the product cannot be judged safe.";

    public static ProductResult Evaluate(ProductToCheck product, Protocol protocol, DepthBand band, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset) =>
        Evaluate(product, CompiledProtocol.For(protocol).Windows(band), performedAt, at, offset);

    /// <param name="at">The moment judged.</param>
    /// <param name="offset">The caller's offset every timestamp is given in.</param>
    public static ProductResult Evaluate(ProductToCheck product, BandWindows windows, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        var entries = product.Label.Entries;
        var findings = new List<Finding>();
        List<string>? unrecognized = null;

        if (entries.Count == 0)
        {
            findings.Add(new Finding(null, null, RuleIds.EmptyLabel, Verdict.Review, null, EmptyLabelReason));
        }

        if (product.Category is { } category && windows.ForCategory(category) is { } categoryWindow)
        {
            findings.Add(WindowFinding(category, null, categoryWindow, performedAt, at, offset) with { Category = category });
        }

        for (var e = 0; e < entries.Count; e++)
        {
            foreach (var part in entries[e].Ingredients)
            {
                if (part.Match is not { } match)
                {
                    (unrecognized ??= []).Add(part.Text);
                    findings.Add(new Finding(part.Text, null, RuleIds.UnrecognizedIngredient, Verdict.Review, null, UnrecognizedReason));
                    continue;
                }

                var classes = match.Ingredient.Classes;
                for (var c = 0; c < classes.Count; c++)
                {
                    findings.Add(windows.ForClass(classes[c]) is { } window
                        ? WindowFinding(match.Ingredient.InciName, classes[c], window, performedAt, at, offset)
                        : new Finding(match.Ingredient.InciName, classes[c], RuleIds.NoWindow, Verdict.Review, null, NoWindowReason));
                }
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

        return new ProductResult(product.Ref, product.Name, verdict, allowedFrom, findings, (IReadOnlyList<string>?)unrecognized ?? []);
    }

    private static Finding WindowFinding(string ingredient, string? classId, ResolvedWindow window, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        var until = (performedAt + window.Length).ToOffset(offset);
        var verdict = at < until ? window.HeldVerdict : Verdict.Allowed;
        return new Finding(ingredient, classId, window.RuleId, verdict, until, window.Window.Reason);
    }
}
