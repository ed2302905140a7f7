using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>One check: products at one moment after a procedure, under one protocol.</summary>
/// <param name="At">The moment to judge; null means now (from the engine's <see cref="TimeProvider"/>).</param>
public sealed record CheckInput(Procedure Procedure, DateTimeOffset? At, Protocol Protocol, IReadOnlyList<ProductToCheck> Products);
