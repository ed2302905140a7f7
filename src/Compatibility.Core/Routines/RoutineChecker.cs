using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Routines;

/// <summary>
/// The core of <c>POST /api/v1/routines/check</c>: each step judged at its own moment, conflicts between products used in the
/// same slot, and the next session against the protocol's spacing.
/// </summary>
public sealed class RoutineChecker(ConflictRuleSet conflictRules)
{
    private readonly ConflictDetector _conflicts = new(conflictRules);

    /// <summary>Errors keyed by JSON path (<c>steps[2].product</c>); empty when the routine can be checked.</summary>
    public static IReadOnlyDictionary<string, string[]> Validate(RoutineInput input)
    {
        var errors = new Dictionary<string, string[]>();
        var refs = input.Products.Select(p => p.Ref).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < input.Steps.Count; i++)
        {
            var step = input.Steps[i];
            if (step.Product is null || !refs.Contains(step.Product)) errors[$"steps[{i}].product"] = ["must be the ref of one of the products"];
            if (step.At is not null && (step.Day is not null || step.Slot is not null)) errors[$"steps[{i}]"] = ["give either at, or day and slot"];
            else if (!RoutineSchedule.IsInRange(input.Procedure.PerformedAt, step)) errors[step.At is null ? $"steps[{i}].day" : $"steps[{i}].at"] = ["is out of range"];
            else if (RoutineSchedule.Resolve(input.Procedure.PerformedAt, step) is not { } when) errors[$"steps[{i}]"] = ["give either at, or day and slot"];
            else if (when.At < input.Procedure.PerformedAt) errors[step.At is null ? $"steps[{i}].day" : $"steps[{i}].at"] = ["is before the procedure"];
        }

        if (input.NextSessionAt is { } next && next < input.Procedure.PerformedAt) errors["nextSessionAt"] = ["is before the procedure"];
        return errors;
    }

    /// <summary>Checks a routine; throws <see cref="ArgumentException"/> when <see cref="Validate"/> would report errors.</summary>
    public RoutineResult Check(RoutineInput input)
    {
        var errors = Validate(input);
        if (errors.Count > 0) throw new ArgumentException($"Invalid routine: {string.Join(", ", errors.Keys)}", nameof(input));

        var protocol = input.Protocol;
        var performedAt = input.Procedure.PerformedAt;
        var band = protocol.BandFor(input.Procedure.NeedleDepthMm);
        var products = input.Products.ToDictionary(p => p.Ref, StringComparer.Ordinal);
        var windows = CompiledProtocol.For(protocol).Windows(band);

        // Each product's findings once, judged at the procedure (every window running); steps point into them.
        var judged = new Dictionary<string, ProductResult>(StringComparer.Ordinal);
        var routineProducts = new List<RoutineProduct>(input.Products.Count);
        foreach (var product in input.Products)
        {
            var once = ProductEvaluator.Evaluate(product, windows, performedAt, performedAt, performedAt.Offset);
            judged[product.Ref] = once;
            routineProducts.Add(new RoutineProduct(product.Ref, product.Name, once.Findings, once.Unrecognized));
        }

        var steps = new List<RoutineStepResult>(input.Steps.Count);
        for (var i = 0; i < input.Steps.Count; i++)
        {
            var step = input.Steps[i];
            var (at, day, slot) = RoutineSchedule.Resolve(performedAt, step)!.Value;
            var product = products[step.Product!];
            var result = ProductEvaluator.Evaluate(product, windows, performedAt, at, at.Offset);
            var holding = new List<int>();
            for (var f = 0; f < result.Findings.Count; f++)
            {
                if (result.Findings[f].Verdict != Verdict.Allowed) holding.Add(f);
            }

            steps.Add(new RoutineStepResult(i, product.Ref, at, day, slot, result.Verdict, result.AllowedFrom, holding));
        }

        var conflicts = Conflicts(steps, judged.ToDictionary(p => p.Key, p => p.Value.Actives, StringComparer.Ordinal));
        var nextSession = input.NextSessionAt is { } next ? CheckNextSession(protocol, performedAt, next) : null;
        var verdict = VerdictSeverity.Worst(steps.Select(s => s.Verdict).Append(nextSession?.Verdict ?? Verdict.Allowed));
        return new RoutineResult(verdict, new ProtocolRef(protocol.Id, protocol.Version), routineProducts, steps, conflicts, nextSession);
    }

    /// <summary>Blocked when the next session is sooner than the protocol's minimum spacing; timestamps in the next session's offset.</summary>
    public static NextSessionResult CheckNextSession(Protocol protocol, DateTimeOffset performedAt, DateTimeOffset next)
    {
        var spacing = protocol.SessionSpacing;
        var earliest = (performedAt + TimeSpan.FromDays(Protocol.ComputableDays(spacing.MinimumDays))).ToOffset(next.Offset);
        var recommendedBy = (performedAt + TimeSpan.FromDays(Protocol.ComputableDays(spacing.RecommendedMaxDays))).ToOffset(next.Offset);
        return next < earliest
            ? new NextSessionResult(next, earliest, recommendedBy, Verdict.Blocked,
                $"Sessions must be at least {spacing.MinimumDays} days apart so the skin can finish remodelling.")
            : new NextSessionResult(next, earliest, recommendedBy, Verdict.Allowed,
                next > recommendedBy
                    ? $"Keeps the minimum spacing of {spacing.MinimumDays} days; later than the usual {spacing.RecommendedMaxDays} days."
                    : $"Within the recommended {spacing.MinimumDays} to {spacing.RecommendedMaxDays} days.");
    }

    /// <summary>Conflicts of products used in the same slot, one per rule and pair of products however many slots they share.</summary>
    private List<RoutineConflict> Conflicts(List<RoutineStepResult> steps, Dictionary<string, IReadOnlyList<ActiveClass>> actives)
    {
        var byPair = new Dictionary<(string Rule, string First, string Second), (ProductConflict Conflict, List<ConflictSlot> Slots)>();
        var order = new List<(string, string, string)>();
        foreach (var slot in steps.GroupBy(s => (s.Day, s.Slot)).OrderBy(g => g.Key.Day).ThenBy(g => g.Key.Slot))
        {
            // The same product twice in one slot is not a pair of products.
            var distinct = slot.DistinctBy(s => s.Product).ToList();
            if (distinct.Count < 2) continue;
            foreach (var c in _conflicts.Find(distinct.Select(s => (s.Product, actives[s.Product])).ToList()))
            {
                // A pair is named in the order it first met; later slots may list it the other way round.
                var key = string.CompareOrdinal(c.Products[0], c.Products[1]) < 0 ? (c.Rule, c.Products[0], c.Products[1]) : (c.Rule, c.Products[1], c.Products[0]);
                if (!byPair.TryGetValue(key, out var found))
                {
                    found = (c, []);
                    byPair[key] = found;
                    order.Add(key);
                }

                var stepIndexes = found.Conflict.Products.Select(p => distinct.First(s => s.Product == p).Step).ToList();
                found.Slots.Add(new ConflictSlot(slot.Key.Day, slot.Key.Slot, stepIndexes));
            }
        }

        return order.Select(key =>
        {
            var (c, slots) = byPair[key];
            return new RoutineConflict(c.Products, c.Classes, c.Reason, c.Advice, c.Rule, slots) { Sources = c.Sources };
        }).ToList();
    }
}
