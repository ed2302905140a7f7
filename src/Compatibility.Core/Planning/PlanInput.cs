using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Planning;

/// <summary>A plan request after validation and label analysis.</summary>
public sealed record PlanInput(Procedure Procedure, Protocol Protocol, IReadOnlyList<ProductToCheck> Products);
