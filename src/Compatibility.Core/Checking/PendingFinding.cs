namespace Compatibility.Core.Checking;

/// <summary>
/// A finding before a moment is judged: everything it says but its verdict and <c>until</c>, and how those follow from
/// the procedure time (<see cref="FindingTiming"/>).
/// </summary>
/// <param name="Finding">The finding; for a timed one its verdict and until are set by <see cref="At"/>.</param>
/// <param name="Length">For <see cref="FindingTiming.Window"/>: how long after the procedure the product is held.</param>
/// <param name="Held">For <see cref="FindingTiming.Window"/>: the verdict while held.</param>
/// <param name="BlockedLength">For a wait window that starts blocked (L-ascorbic acid): how long it is blocked.</param>
internal readonly record struct PendingFinding(Finding Finding, FindingTiming Timing, TimeSpan Length = default, Verdict Held = Verdict.Allowed, TimeSpan? BlockedLength = null)
{
    /// <summary>The finding at <paramref name="at"/>, its timestamps in <paramref name="offset"/>.</summary>
    public Finding At(DateTimeOffset performedAt, DateTimeOffset at, TimeSpan offset)
    {
        switch (Timing)
        {
            case FindingTiming.Fixed:
                return Finding;
            case FindingTiming.FromProcedure:
                return Finding with { Until = performedAt.ToOffset(offset) };
            default:
                var until = (performedAt + Length).ToOffset(offset);
                var verdict = at < until ? Held : Verdict.Allowed;
                if (BlockedLength is { } blocked && verdict != Verdict.Allowed && at < performedAt + blocked)
                {
                    // L-ascorbic acid: blocked in the first days, then a wait until the window ends.
                    verdict = Verdict.Blocked;
                }

                return Finding with { Verdict = verdict, Until = until };
        }
    }
}
