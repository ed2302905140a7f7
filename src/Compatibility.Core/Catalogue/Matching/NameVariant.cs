namespace Compatibility.Core.Catalogue.Matching;

/// <summary>
/// Another spelling of a label name's key to look up when the key itself names nothing.
/// <paramref name="ColourOnly"/>: the variant may only resolve to a colorant (a "lake" dropped from "Red 7 Lake").
/// </summary>
internal readonly record struct NameVariant(string Key, NameVariantRule Rule, bool ColourOnly = false);
