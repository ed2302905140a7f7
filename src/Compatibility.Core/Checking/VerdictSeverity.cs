using Compatibility.Core.Protocols;

namespace Compatibility.Core.Checking;

/// <summary>Severity order of the contract, worst first: blocked, review, wait, allowed.</summary>
public static class VerdictSeverity
{
    public static Verdict Worst(Verdict a, Verdict b) => (int)a >= (int)b ? a : b;

    /// <summary>The worst of the verdicts; <see cref="Verdict.Allowed"/> when there are none.</summary>
    public static Verdict Worst(IEnumerable<Verdict> verdicts) => verdicts.Aggregate(Verdict.Allowed, Worst);

    public static bool IsWorseThan(this Verdict a, Verdict b) => (int)a > (int)b;

    public static Verdict ToVerdict(this WindowKind kind) => kind == WindowKind.Blocked ? Verdict.Blocked : Verdict.Wait;
}
