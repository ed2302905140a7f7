namespace Compatibility.Core.Labels.Parsing;

/// <summary>Enumerates the letter runs of a span without allocating.</summary>
internal ref struct WordEnumerator(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var i = _next;
        while (i < _text.Length && !LabelChars.IsLetter(_text[i]))
        {
            i++;
        }

        if (i >= _text.Length)
        {
            Current = default;
            return false;
        }

        var start = i;
        while (i < _text.Length && LabelChars.IsLetter(_text[i]))
        {
            i++;
        }

        Current = _text[start..i];
        _next = i;
        return true;
    }
}
