namespace Compatibility.Core.Labels.Parsing;

/// <summary>A bracket pair at depth 1 of a piece and what its content is.</summary>
internal struct BracketGroup(int open, int close)
{
    public readonly int Open = open;
    public readonly int Close = close;
    public GroupKind Kind;
}
