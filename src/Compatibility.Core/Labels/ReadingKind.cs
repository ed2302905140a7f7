namespace Compatibility.Core.Labels;

/// <summary>Which reading of an entry a name is.</summary>
public enum ReadingKind : byte
{
    /// <summary>The whole entry, brackets that are names included: <c>Aqua (Water)</c>.</summary>
    Whole,

    /// <summary>The whole without marketing qualifiers or description words: <c>Organic Shea Butter</c> → <c>Shea Butter</c>.</summary>
    Unqualified,

    /// <summary>The entry without its brackets: <c>Aqua</c>, <c>Persea Gratissima Oil</c>.</summary>
    Outside,

    /// <summary>A bracket at the end: <c>Water</c> of <c>Aqua (Water)</c>, <c>Tretinoin</c> of <c>Water (Tretinoin)</c>.</summary>
    Bracket,

    /// <summary>The common name spliced in: <c>Honey Extract</c> of <c>Mel (Honey) Extract</c>.</summary>
    CommonName,

    /// <summary>One side of a slash or a spaced dash: <c>Parfum</c>, <c>Fragrance</c>.</summary>
    Part,

    /// <summary>A plain-language bracket inside a name (<c>(Green Tea)</c>) or a description (<c>(exfoliant)</c>): never an ingredient.</summary>
    Gloss,

    /// <summary>One ingredient of a trade-name blend: <c>Cetearyl Glucoside</c> of <c>Cetearyl Alcohol (and) Cetearyl Glucoside</c>.</summary>
    BlendComponent,

    /// <summary>One of several names glued without their separator: <c>Water</c> and <c>Aqua</c> of <c>Water Aqua</c>.</summary>
    Glued,
}
