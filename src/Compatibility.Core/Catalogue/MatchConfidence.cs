namespace Compatibility.Core.Catalogue;

/// <summary>How a label name was matched; serialised as <c>exact</c>, <c>synonym</c>, <c>fuzzy</c>.</summary>
public enum MatchConfidence
{
    Exact,
    Synonym,
    Fuzzy,
}
