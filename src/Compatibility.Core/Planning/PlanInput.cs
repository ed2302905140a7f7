using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Planning;

/// <summary>A plan request after validation and label analysis.</summary>
/// <param name="From">When given (before the procedure), the plan also covers the preparation days from this moment.</param>
public sealed record PlanInput(Procedure Procedure, Protocol Protocol, IReadOnlyList<ProductToCheck> Products, DateTimeOffset? From = null);
