namespace Compatibility.Core.Catalogue.Matching;

/// <summary>Optimal-string-alignment Damerau-Levenshtein distance (insert, delete, substitute, swap two neighbours), bounded.</summary>
public static class EditDistance
{
    private const int Infinity = int.MaxValue / 2;

    /// <summary>
    /// The distance between <paramref name="a"/> and <paramref name="b"/>, or <paramref name="max"/> + 1 as soon as
    /// it must exceed <paramref name="max"/>. Only the diagonal band of width 2·max + 1 is computed.
    /// </summary>
    public static int Bounded(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        int[]? rented = null;
        var rows = width * 3 <= 1024
            ? stackalloc int[width * 3]
            : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(width * 3)).AsSpan(0, width * 3);
        try
        {
            var twoBack = rows[..width];
            var previous = rows.Slice(width, width);
            var current = rows.Slice(width * 2, width);
            twoBack.Fill(Infinity);
            for (var j = 0; j < width; j++)
            {
                previous[j] = j <= max ? j : Infinity;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var from = Math.Max(1, i - max);
                var to = Math.Min(b.Length, i + max);
                current[0] = i <= max ? i : Infinity;
                current[from - 1] = from == 1 ? current[0] : Infinity;
                var rowMin = from == 1 ? current[0] : Infinity;
                var ca = a[i - 1];
                for (var j = from; j <= to; j++)
                {
                    var cb = b[j - 1];
                    var value = previous[j - 1] + (ca == cb ? 0 : 1);
                    value = Math.Min(value, previous[j] + 1);
                    value = Math.Min(value, current[j - 1] + 1);
                    if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == cb)
                    {
                        value = Math.Min(value, twoBack[j - 2] + 1);
                    }

                    current[j] = value;
                    rowMin = Math.Min(rowMin, value);
                }

                if (to < b.Length)
                {
                    current[to + 1] = Infinity; // read as "above" by the next row's last cell
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
