namespace Compatibility.Core.Checking;

/// <summary>Finds pairs of products whose classes clash under the conflict rules, whatever the time since the procedure.</summary>
public sealed class ConflictDetector
{
    private readonly (ConflictRule Rule, ulong First, ulong Second)[] _rules;

    public ConflictDetector(ConflictRuleSet rules)
    {
        Rules = rules;
        _rules = rules.Rules.Select(r => (r, ClassMask.Of(r.First), ClassMask.Of(r.Second))).ToArray();
    }

    public ConflictRuleSet Rules { get; }

    /// <summary>True when one set of classes, split over two products, would trigger the rule.</summary>
    public static bool Clashes(ConflictRule rule, IEnumerable<string> classes)
    {
        var mask = ClassMask.Of(classes);
        return (mask & ClassMask.Of(rule.First)) != 0 && (mask & ClassMask.Of(rule.Second)) != 0;
    }

    /// <summary>Conflicts between every pair of products (refs with their class masks), one per rule and pair, in input order.</summary>
    internal List<ProductConflict> Find(IReadOnlyList<(string Ref, ulong Classes)> products)
    {
        var conflicts = new List<ProductConflict>();
        for (var i = 0; i < products.Count; i++)
        {
            for (var j = i + 1; j < products.Count; j++)
            {
                AddPair(products[i], products[j], conflicts);
            }
        }

        return conflicts;
    }

    private void AddPair((string Ref, ulong Classes) a, (string Ref, ulong Classes) b, List<ProductConflict> into)
    {
        foreach (var (rule, first, second) in _rules)
        {
            ulong fromA, fromB;
            if ((a.Classes & first) != 0 && (b.Classes & second) != 0)
            {
                (fromA, fromB) = (a.Classes & first, b.Classes & second);
            }
            else if ((a.Classes & second) != 0 && (b.Classes & first) != 0)
            {
                (fromA, fromB) = (a.Classes & second, b.Classes & first);
            }
            else
            {
                continue;
            }

            var classes = ClassMask.Names(fromA).Concat(ClassMask.Names(fromB)).Distinct().ToList();
            into.Add(new ProductConflict([a.Ref, b.Ref], classes, rule.Reason, rule.Advice, rule.Id));
        }
    }
}
