namespace Compatibility.Core.Protocols;

/// <summary><see cref="WindowKind"/> by name only (<c>wait</c>, <c>blocked</c>).</summary>
public sealed class WindowKindConverter : StrictEnumConverter<WindowKind>;
