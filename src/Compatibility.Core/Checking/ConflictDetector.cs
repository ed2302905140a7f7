namespace Compatibility.Core.Checking;

/// <summary>Finds pairs of products whose classes clash under the conflict rules, whatever the time since the procedure.</summary>
public sealed class ConflictDetector
{
    private readonly CompiledRule[] _rules;

    public ConflictDetector(ConflictRuleSet rules)
    {
        Rules = rules;
        var sources = (rules.Sources ?? []).ToDictionary(s => s.Id, s => new SourceRef(s.Id, s.Title, s.Url), StringComparer.Ordinal);
        _rules = rules.Rules.Select(r => new CompiledRule(
            r, ClassMask.Of(r.First), ClassMask.Of(r.Second),
            (r.Exempt ?? []).Select(x => x.Ingredient).ToHashSet(StringComparer.OrdinalIgnoreCase),
            BandWindows.Refs(r.Sources, sources))).ToArray();
    }

    public ConflictRuleSet Rules { get; }

    /// <summary>True when one set of classes, split over two products, would trigger the rule.</summary>
    public static bool Clashes(ConflictRule rule, IEnumerable<string> classes)
    {
        var mask = ClassMask.Of(classes);
        return (mask & ClassMask.Of(rule.First)) != 0 && (mask & ClassMask.Of(rule.Second)) != 0;
    }

    /// <summary>Conflicts between every pair of products (refs with the classes that count in them), one per rule and pair, in input order.</summary>
    internal List<ProductConflict> Find(IReadOnlyList<(string Ref, IReadOnlyList<ActiveClass> Actives)> products)
    {
        // Each product's classes per rule (a rule's exempt ingredients left out), once per product, not once per pair.
        var masks = new ulong[products.Count][];
        for (var i = 0; i < products.Count; i++)
        {
            var plain = Mask(products[i].Actives, null);
            masks[i] = new ulong[_rules.Length];
            for (var r = 0; r < _rules.Length; r++)
            {
                masks[i][r] = _rules[r].Exempt.Count == 0 ? plain : Mask(products[i].Actives, _rules[r].Exempt);
            }
        }

        var conflicts = new List<ProductConflict>();
        for (var i = 0; i < products.Count; i++)
        {
            for (var j = i + 1; j < products.Count; j++)
            {
                for (var r = 0; r < _rules.Length; r++)
                {
                    AddPair(_rules[r], products[i].Ref, masks[i][r], products[j].Ref, masks[j][r], conflicts);
                }
            }
        }

        return conflicts;
    }

    private static ulong Mask(IReadOnlyList<ActiveClass> actives, HashSet<string>? exempt)
    {
        ulong mask = 0;
        for (var k = 0; k < actives.Count; k++)
        {
            if (exempt is not null && exempt.Contains(actives[k].Ingredient)) continue;
            mask |= ClassMask.Bit(actives[k].Class);
        }

        return mask;
    }

    private static void AddPair(CompiledRule compiled, string refA, ulong a, string refB, ulong b, List<ProductConflict> into)
    {
        var (first, second) = (compiled.First, compiled.Second);
        ulong fromA, fromB;
        if ((a & first) != 0 && (b & second) != 0)
        {
            (fromA, fromB) = (a & first, b & second);
        }
        else if ((a & second) != 0 && (b & first) != 0)
        {
            (fromA, fromB) = (a & second, b & first);
        }
        else
        {
            return;
        }

        var classes = ClassMask.Names(fromA).Concat(ClassMask.Names(fromB)).Distinct().ToList();
        into.Add(new ProductConflict([refA, refB], classes, compiled.Rule.Reason, compiled.Rule.Advice, compiled.Rule.Id) { Sources = compiled.Sources });
    }

    private sealed record CompiledRule(ConflictRule Rule, ulong First, ulong Second, HashSet<string> Exempt, IReadOnlyList<SourceRef> Sources);
}
