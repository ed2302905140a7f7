using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Preparing;

/// <summary>A prepare request after validation: the planned procedure, the moment asked about (before it) and the products.</summary>
public sealed record PrepareInput(Procedure Procedure, DateTimeOffset At, Protocol Protocol, IReadOnlyList<ProductToCheck> Products);
