namespace Compatibility.Core.Labels.Reading;

/// <summary>What the structure pass knows while it walks one list (the label, or a bracketed list inside it).</summary>
internal struct ListState
{
    public bool MayContain;

    /// <summary>Pieces are dropped: after <c>Directions:</c> until a line break or heading (<see cref="SkipAll"/>), or one product name.</summary>
    public bool SkipAll;

    public bool SkipOnePiece;

    /// <summary>Inside key-ingredient prose: only names before a colon become (description) entries.</summary>
    public bool Description;
}
