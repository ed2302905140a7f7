using Verdict = Compatibility.Core.Checking.Verdict;

namespace Compatibility.Api.Features.Routines;

/// <summary>Whether the planned next session keeps the protocol's spacing: <c>blocked</c> when sooner than the minimum.</summary>
public sealed record NextSessionResult(
    DateTimeOffset At,
    DateTimeOffset EarliestAt,
    DateTimeOffset RecommendedBy,
    Verdict Verdict,
    string Reason)
{
    public static NextSessionResult From(Core.Routines.NextSessionResult next) =>
        new(next.At, next.EarliestAt, next.RecommendedBy, next.Verdict, next.Reason);
}
