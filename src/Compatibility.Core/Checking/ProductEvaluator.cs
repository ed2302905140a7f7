using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>One product at one moment: its findings, verdict and <c>allowedFrom</c>, judged from its <see cref="ProductAssessment"/>.</summary>
internal static class ProductEvaluator
{
    public static ProductResult Evaluate(ProductToCheck product, Protocol protocol, DepthBand band, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset) =>
        Evaluate(product, CompiledProtocol.For(protocol).Windows(band), performedAt, at, offset);

    /// <param name="at">The moment judged.</param>
    /// <param name="offset">The caller's offset every timestamp is given in.</param>
    public static ProductResult Evaluate(ProductToCheck product, BandWindows windows, DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        var assessment = ProductAssessment.For(product, windows);
        var findings = new Finding[assessment.Findings.Count];
        var verdict = Verdict.Allowed;
        var undecidable = false;
        DateTimeOffset? allowedFrom = null;
        for (var f = 0; f < findings.Length; f++)
        {
            var finding = assessment.Findings[f].At(performedAt, at, offset);
            findings[f] = finding;
            verdict = VerdictSeverity.Worst(verdict, finding.Verdict);
            undecidable |= finding.Verdict == Verdict.Review;
            if (finding.Verdict != Verdict.Allowed && finding.Until is { } until && (allowedFrom is null || until > allowedFrom))
            {
                allowedFrom = until;
            }
        }

        // A product with anything unjudgeable never becomes "allowed", so it has no allowedFrom even while a window still blocks it.
        if (verdict == Verdict.Allowed || undecidable) allowedFrom = null;

        return new ProductResult(product.Ref, product.Name, verdict, allowedFrom, findings, assessment.Unrecognized) { Actives = assessment.Actives };
    }
}
