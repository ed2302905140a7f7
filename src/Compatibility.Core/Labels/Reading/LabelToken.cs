namespace Compatibility.Core.Labels.Reading;

/// <summary>One token of label text: a span of the text, its kind and, for brackets, its partner token.</summary>
internal readonly record struct LabelToken(TokenKind Kind, int Start, int End, bool SpaceBefore, int Partner = -1)
{
    public int Length => End - Start;
}
