using Compatibility.Core.Checking;
using Compatibility.Core.Protocols;

namespace Compatibility.Core.Routines;

/// <summary>A routine after validation and label analysis.</summary>
public sealed record RoutineInput(
    Procedure Procedure,
    Protocol Protocol,
    IReadOnlyList<ProductToCheck> Products,
    IReadOnlyList<RoutineStep> Steps,
    DateTimeOffset? NextSessionAt = null);
