namespace Compatibility.Core.Labels.Parsing;

/// <summary>Whether the list scanner is currently dropping text instead of emitting entries.</summary>
internal enum SkipMode
{
    None,

    /// <summary>After <c>Directions</c>, <c>Warnings</c>…: drop until the next list heading or line break.</summary>
    All,

    /// <summary>After <c>Product Name:</c>: the next piece is a product name.</summary>
    OnePiece,
}
