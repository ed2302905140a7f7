using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Preparing;

/// <summary>
/// Judges products before a planned procedure under the protocol's preparation windows: a product is blocked from
/// <c>performedAt - hours</c> of its strictest window. Traces are skipped where the window relaxes them; unknown is review.
/// Timestamps in the offset of <c>at</c>.
/// </summary>
public static class PreparationChecker
{
    private const string UnrecognizedReason = "Not recognised in the ingredient catalogue, so it cannot be said whether it must be stopped.";

    public static PrepareResult Check(PrepareInput input)
    {
        if (input.At > input.Procedure.PerformedAt) throw new ArgumentOutOfRangeException(nameof(input), "The moment is after the procedure.");
        var protocol = input.Protocol;
        var offset = input.At.Offset;
        var performedAt = input.Procedure.PerformedAt;
        var preparation = CompiledProtocol.For(protocol).Preparation;

        var products = new List<PrepareProduct>(input.Products.Count);
        foreach (var product in input.Products)
        {
            var findings = new List<Finding>();
            List<string>? unrecognized = null;
            var named = ProductKinds.FromName(product.Name, product.Category, preparation.NameKinds);
            var categories = new[] { product.Category, named?.Category }.OfType<string>().Distinct().ToList();
            foreach (var category in categories)
            {
                if (preparation.ForCategory(category) is { } window) findings.Add(Stop(category, null, window, null, input.At, performedAt, offset) with { Category = category, FromName = category == named?.Category });
            }

            var strengths = ConcentrationReader.Read(product.Label, ConcentrationRules.Embedded);
            var scrubKind = categories.Count == 0 || categories.Any(c => c is "exfoliant" or "cleanser" or "mask");
            for (var e = 0; e < product.Label.Entries.Count; e++)
            {
                foreach (var part in product.Label.Entries[e].Ingredients)
                {
                    if (part.Match is not { } match)
                    {
                        (unrecognized ??= []).Add(part.Text);
                        findings.Add(new Finding(part.Text, null, RuleIds.UnrecognizedIngredient, Verdict.Review, null, UnrecognizedReason));
                        continue;
                    }

                    foreach (var classId in match.Ingredient.Classes)
                    {
                        // Polyethylene or silica is a scrub only in a scrub, cleanser or mask (as after the procedure).
                        var judgedAs = classId == IngredientClass.PossibleExfoliant ? scrubKind ? IngredientClass.PhysicalExfoliant : null : classId;
                        if (judgedAs is null || preparation.ForClass(judgedAs) is not { } window) continue;
                        if (window.Window.RelaxTraces && strengths[e].IsTraceFor(classId)) continue;
                        findings.Add(Stop(match.Ingredient.InciName, classId, window, strengths[e].Position, input.At, performedAt, offset));
                    }
                }
            }

            var verdict = VerdictSeverity.Worst(findings.Select(f => f.Verdict));
            DateTimeOffset? stopAt = null;
            foreach (var finding in findings)
            {
                if (finding.StopAt is { } stop && (stopAt is null || stop < stopAt)) stopAt = stop;
            }

            products.Add(new PrepareProduct(product.Ref, product.Name, verdict, stopAt, findings, (IReadOnlyList<string>?)unrecognized ?? []));
        }

        var advice = preparation.Advice
            .Select(p => new PrepareAdvice(p.Advice.Id, p.Advice.Title, p.Advice.Detail, p.Advice.Hours is { } h ? (performedAt - TimeSpan.FromHours(Protocol.ComputableHours(h))).ToOffset(offset) : null, p.Sources))
            .ToList();
        var overall = VerdictSeverity.Worst(products.Select(p => p.Verdict));
        return new PrepareResult(overall, input.Procedure, new ProtocolRef(protocol.Id, protocol.Version), products, advice);
    }

    private static Finding Stop(
        string ingredient, string? classId, ResolvedPreparationWindow resolved, int? position, DateTimeOffset at, DateTimeOffset performedAt, TimeSpan offset)
    {
        var window = resolved.Window;
        var stopAt = performedAt - TimeSpan.FromHours(Protocol.ComputableHours(window.Hours));
        var verdict = at >= stopAt ? Verdict.Blocked : Verdict.Allowed;
        var reason = $"{window.Reason} Last use: {window.Hours:0.#} h before the procedure.";
        return new Finding(ingredient, classId, "prepare:" + window.Id, verdict, performedAt.ToOffset(offset), reason)
        {
            StopAt = stopAt.ToOffset(offset),
            Sources = resolved.Sources,
            Position = position,
        };
    }
}
