namespace Compatibility.Cli.CommonNames;

/// <summary>One label entry that printed a common name for a catalogue INCI name (<c>Prunus Armeniaca (Apricot) Kernel Oil</c>).</summary>
/// <param name="Name">The common name as a label would print it alone, title case (<c>Apricot Kernel Oil</c>).</param>
/// <param name="Inci">The catalogue INCI name (<c>PRUNUS ARMENIACA KERNEL OIL</c>).</param>
public sealed record CommonNameObservation(string Name, string Inci);
