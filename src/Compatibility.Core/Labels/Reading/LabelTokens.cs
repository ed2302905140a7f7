using System.Buffers;

namespace Compatibility.Core.Labels.Reading;

/// <summary>The tokens of one label over a pooled array (labels are read per request).</summary>
internal sealed class LabelTokens : IDisposable
{
    private LabelToken[] _items;

    public LabelTokens(string text)
    {
        Text = text;
        _items = ArrayPool<LabelToken>.Shared.Rent(Math.Max(16, text.Length / 3));
    }

    public string Text { get; }

    public int Count { get; private set; }

    public ref readonly LabelToken this[int index] => ref _items[index];

    public void Add(LabelToken token)
    {
        if (Count == _items.Length)
        {
            var bigger = ArrayPool<LabelToken>.Shared.Rent(_items.Length * 2);
            _items.AsSpan(0, Count).CopyTo(bigger);
            ArrayPool<LabelToken>.Shared.Return(_items);
            _items = bigger;
        }

        _items[Count++] = token;
    }

    public ReadOnlySpan<char> TextOf(int token) => Text.AsSpan(_items[token].Start, _items[token].Length);

    public bool Is(int token, TokenKind kind) => token >= 0 && token < Count && _items[token].Kind == kind;

    /// <summary>Case-insensitive comparison of a word token with a lower-case word.</summary>
    public bool IsWord(int token, string lower)
    {
        if (!Is(token, TokenKind.Word) || _items[token].Length != lower.Length)
        {
            return false;
        }

        var span = TextOf(token);
        for (var k = 0; k < span.Length; k++)
        {
            if (LabelChars.Lower(span[k]) != lower[k]) return false;
        }

        return true;
    }

    /// <summary>Pairs brackets of any shape; unbalanced ones keep partner -1 and count as plain characters.</summary>
    public void PairBrackets()
    {
        Span<int> stack = stackalloc int[64];
        var top = 0;
        for (var t = 0; t < Count; t++)
        {
            var kind = _items[t].Kind;
            if (kind == TokenKind.Open)
            {
                if (top < stack.Length) stack[top++] = t;
            }
            else if (kind == TokenKind.Close && top > 0)
            {
                var open = stack[--top];
                _items[open] = _items[open] with { Partner = t };
                _items[t] = _items[t] with { Partner = open };
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<LabelToken>.Shared.Return(_items);
        _items = [];
        Count = 0;
    }
}
