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
            if (IndexOf.TryGetValue(c, out var i)) mask |= 1UL << i;
        }

        return mask;
    }

    /// <summary>Every class of every recognised entry, "may contain" entries included (unknown is never safe).</summary>
    public static ulong Of(LabelAnalysis label)
    {
        ulong mask = 0;
        foreach (var entry in label.Entries)
        {
            if (entry.Match is { } match) mask |= Of(match.Ingredient.Classes);
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
