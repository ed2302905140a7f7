namespace Compatibility.Core.Labels.Parsing;

/// <summary>What a bracket group inside an entry holds.</summary>
internal enum GroupKind
{
    /// <summary><c>Aqua (Water)</c>, <c>Mel (Honey) Extract</c>, <c>Salicylic Acid (exfoliant)</c>: another name or a description.</summary>
    Synonym,

    /// <summary><c>(9%)</c>, <c>(*)</c>: dropped from names.</summary>
    Noise,

    /// <summary><c>[+/-: CI 77491, …]</c>: shade-dependent entries.</summary>
    MayContain,

    /// <summary><c>Sepigel 305 (Polyacrylamide (and) C13-14 Isoparaffin (and) Laureth-7)</c>: a trade name's components.</summary>
    Blend,
}
