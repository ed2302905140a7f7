using Compatibility.Core.Catalogue;
using Compatibility.Core.Labels;

namespace Compatibility.Core.Checking;

/// <summary>A set of aftercare classes as bits (class index in <see cref="IngredientClass.All"/>), so pair checks stay allocation-free.</summary>
internal static class ClassMask
{
    private static readonly Dictionary<string, int> IndexOf =
        IngredientClass.All.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    public static ulong Of(IEnumerable<string> classes)
    {
        ulong mask = 0;
        foreach (var c in classes)
        {
            mask |= Bit(c);
        }

        return mask;
    }

    public static ulong Bit(string classId) => IndexOf.TryGetValue(classId, out var i) ? 1UL << i : 0;

    /// <summary>Every class of every recognised entry, "may contain" entries included (unknown is never safe).</summary>
    public static ulong Of(LabelAnalysis label)
    {
        ulong mask = 0;
        var entries = label.Entries;
        for (var e = 0; e < entries.Count; e++)
        {
            mask |= Of(entries[e].Match);
            var also = entries[e].Also;
            for (var a = 0; a < also.Count; a++)
            {
                mask |= Of(also[a].Match);
            }
        }

        return mask;
    }

    private static ulong Of(IngredientMatch? match)
    {
        if (match is null) return 0;
        ulong mask = 0;
        var classes = match.Ingredient.Classes;
        for (var c = 0; c < classes.Count; c++)
        {
            mask |= Bit(classes[c]);
        }

        return mask;
    }

    /// <summary>The class ids in a mask, in <see cref="IngredientClass.All"/> order.</summary>
    public static IEnumerable<string> Names(ulong mask)
    {
        for (var i = 0; i < IngredientClass.All.Count; i++)
        {
            if ((mask & (1UL << i)) != 0) yield return IngredientClass.All[i];
        }
    }
}
