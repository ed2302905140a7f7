using System.Buffers;

namespace Compatibility.Core.Labels.Parsing;

/// <summary>
/// Pairs brackets once per label so the scanner can jump over groups in O(1) and treat
/// unbalanced brackets (common in feeds) as plain characters instead of swallowing the rest of the list.
/// </summary>
internal static class BracketMatcher
{
    private static readonly SearchValues<char> Brackets = SearchValues.Create("([{（［【)]}）］】");

    /// <summary>
    /// Writes into <paramref name="match"/> the partner index of every paired bracket and -1 for unpaired ones.
    /// Other positions are left as they are: callers read <paramref name="match"/> only at brackets.
    /// </summary>
    public static void Fill(string text, Span<int> match)
    {
        var first = text.AsSpan().IndexOfAny(Brackets);
        if (first < 0)
        {
            return; // most labels have few brackets, many have none
        }

        var stack = ArrayPool<int>.Shared.Rent(Math.Max(16, text.Length));
        try
        {
            var top = 0;
            var i = first;
            while (i >= 0)
            {
                var c = text[i];
                match[i] = -1;
                if (LabelChars.IsOpener(c))
                {
                    stack[top++] = i;
                }
                else if (top > 0)
                {
                    var open = stack[--top];
                    match[open] = i;
                    match[i] = open;
                }

                var next = text.AsSpan(i + 1).IndexOfAny(Brackets);
                i = next < 0 ? -1 : i + 1 + next;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stack);
        }
    }
}
