namespace Compatibility.Core.Catalogue.Matching;

/// <summary>Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap two neighbours), bounded.</summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var width = b.Length + 1;
        int[]? rented = null;
        var rows = width * 3 <= 768
            ? stackalloc int[width * 3]
            : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(width * 3)).AsSpan(0, width * 3);
        try
        {
            var twoBack = rows[..width];
            var previous = rows.Slice(width, width);
            var current = rows.Slice(width * 2, width);
            for (var j = 0; j < width; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMin = i;
                var ca = a[i - 1];
                for (var j = 1; j < width; j++)
                {
                    var cb = b[j - 1];
                    var cost = ca == cb ? 0 : 1;
                    var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb)
                    {
                        value = Math.Min(value, twoBack[j - 2] + 1);
                    }

                    current[j] = value;
                    rowMin = Math.Min(rowMin, value);
                }

                if (rowMin > max)
                {
                    return max + 1;
                }

                var recycled = twoBack;
                twoBack = previous;
                previous = current;
                current = recycled;
            }

            return Math.Min(previous[b.Length], max + 1);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<int>.Shared.Return(rented);
            }
        }
    }
}
