using Compatibility.Core.Checking;

namespace Compatibility.Core.Routines;

/// <summary>Whether the planned next session keeps the protocol's spacing: <c>blocked</c> when sooner than the minimum.</summary>
public sealed record NextSessionResult(
    DateTimeOffset At,
    DateTimeOffset EarliestAt,
    DateTimeOffset RecommendedBy,
    Verdict Verdict,
    string Reason);
