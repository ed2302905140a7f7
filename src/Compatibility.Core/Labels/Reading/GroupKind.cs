namespace Compatibility.Core.Labels.Reading;

/// <summary>What a bracket group inside an entry holds.</summary>
internal enum GroupKind : byte
{
    /// <summary><c>Aqua (Water)</c>, <c>Water (Tretinoin)</c>, <c>Mel (Honey) Extract</c>: another name, a gloss or another ingredient.</summary>
    Name,

    /// <summary><c>(9%)</c>, <c>(*)</c>, <c>[nano]</c>-free noise: dropped from names (a percentage in it is still read).</summary>
    Noise,

    /// <summary><c>[+/-: CI 77491, …]</c>: shade-dependent entries.</summary>
    MayContain,

    /// <summary><c>Sepigel 305 (Polyacrylamide (and) C13-14 Isoparaffin (and) Laureth-7)</c>: a trade name's components.</summary>
    Blend,
}
