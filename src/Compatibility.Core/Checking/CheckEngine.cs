using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>
/// The check of the contract's <c>POST /api/v1/check</c>: every product's findings and verdict at one moment,
/// the bundle's verdict and <c>readyAt</c>, and the conflicts between products. Pure; time only from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class CheckEngine(ConflictRuleSet conflictRules, TimeProvider timeProvider)
{
    private readonly ConflictDetector _conflicts = new(conflictRules);

    /// <summary>
    /// Checks the products at <see cref="CheckInput.At"/> (or now). Timestamps come back in the offset of <c>at</c> when given,
    /// else of <c>performedAt</c>. Throws <see cref="ArgumentOutOfRangeException"/> when the moment precedes the procedure
    /// (the edge reports that as a 400 before calling).
    /// </summary>
    public CheckResult Check(CheckInput input)
    {
        var performedAt = input.Procedure.PerformedAt;
        var offset = input.At?.Offset ?? performedAt.Offset;
        var at = input.At ?? timeProvider.GetUtcNow();
        if (at < performedAt) throw new ArgumentOutOfRangeException(nameof(input), "The checked moment is before the procedure.");

        var protocol = input.Protocol;
        var windows = CompiledProtocol.For(protocol).Windows(protocol.BandFor(input.Procedure.NeedleDepthMm));
        var products = new List<ProductResult>(input.Products.Count);
        var actives = new List<(string Ref, IReadOnlyList<ActiveClass> Actives)>(input.Products.Count);
        foreach (var product in input.Products)
        {
            var result = ProductEvaluator.Evaluate(product, windows, performedAt, at, offset);
            products.Add(result);
            actives.Add((product.Ref, result.Actives));
        }

        var verdict = Verdict.Allowed;
        foreach (var product in products)
        {
            verdict = VerdictSeverity.Worst(verdict, product.Verdict);
        }

        return new CheckResult(
            verdict,
            ReadyAt(verdict, products),
            Math.Round((at - performedAt).TotalHours, 2),
            new ProtocolRef(protocol.Id, protocol.Version),
            products,
            _conflicts.Find(actives));
    }

    /// <summary>The latest <c>allowedFrom</c>; null when all are allowed now, or when any product can never be decided.</summary>
    internal static DateTimeOffset? ReadyAt(Verdict verdict, IReadOnlyList<ProductResult> products)
    {
        if (verdict == Verdict.Allowed) return null;
        DateTimeOffset? ready = null;
        foreach (var product in products)
        {
            if (product.Verdict == Verdict.Allowed) continue;
            if (product.AllowedFrom is not { } from) return null;
            if (ready is null || from > ready) ready = from;
        }

        return ready;
    }
}
