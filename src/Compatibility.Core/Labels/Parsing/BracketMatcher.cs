using System.Buffers;

namespace Compatibility.Core.Labels.Parsing;

/// <summary>
/// Pairs brackets once per label so the scanner can jump over groups in O(1) and treat
/// unbalanced brackets (common in feeds) as plain characters instead of swallowing the rest of the list.
/// </summary>
internal static class BracketMatcher
{
    /// <summary>Writes into <paramref name="match"/> the partner index of every paired bracket, -1 elsewhere.</summary>
    public static void Fill(string text, Span<int> match)
    {
        match = match[..text.Length];
        match.Fill(-1);
        var stack = ArrayPool<int>.Shared.Rent(Math.Max(16, text.Length));
        try
        {
            var top = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (LabelChars.IsOpener(c))
                {
                    stack[top++] = i;
                }
                else if (LabelChars.IsCloser(c) && top > 0)
                {
                    var open = stack[--top];
                    match[open] = i;
                    match[i] = open;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stack);
        }
    }
}
