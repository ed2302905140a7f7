using Compatibility.Core.Checking;
using Compatibility.Core.Preparing;

namespace Compatibility.Core.Planning;

/// <summary>
/// The days before the procedure in a plan asked <c>from</c> a moment: the prepare engine's answer at that moment
/// (what to stop and when, and the preparation advice), in the procedure's offset.
/// </summary>
public sealed record PlanPreparation(DateTimeOffset From, Verdict Verdict, IReadOnlyList<PrepareProduct> Products, IReadOnlyList<PrepareAdvice> Advice);
