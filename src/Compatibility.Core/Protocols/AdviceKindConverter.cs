namespace Compatibility.Core.Protocols;

/// <summary><see cref="AdviceKind"/> by name only (<c>avoid</c>, <c>start</c>).</summary>
public sealed class AdviceKindConverter : StrictEnumConverter<AdviceKind>;
