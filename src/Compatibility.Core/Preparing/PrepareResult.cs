using Compatibility.Core.Checking;

namespace Compatibility.Core.Preparing;

/// <summary>The answer to <c>POST /api/v1/prepare</c>: what to stop, and when, before a planned procedure.</summary>
public sealed record PrepareResult(Verdict Verdict, Procedure Procedure, ProtocolRef Protocol, IReadOnlyList<PrepareProduct> Products, IReadOnlyList<PrepareAdvice> Advice);
