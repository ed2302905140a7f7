namespace Compatibility.Core.Labels.Parsing;

/// <summary>State of one list scan (a label, or the content of a bracket group).</summary>
internal struct ListState
{
    public bool MayContain;
    public SkipMode Skip;
}
