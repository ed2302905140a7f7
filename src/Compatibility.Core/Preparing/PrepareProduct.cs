using Compatibility.Core.Checking;

namespace Compatibility.Core.Preparing;

/// <summary>One product before the procedure: <c>allowed</c> (may still be used now), <c>blocked</c> (stop now) or <c>review</c>.</summary>
/// <param name="StopAt">The last moment it may be used before the procedure; null when it need not stop.</param>
public sealed record PrepareProduct(string Ref, string? Name, Verdict Verdict, DateTimeOffset? StopAt, IReadOnlyList<Finding> Findings, IReadOnlyList<string> Unrecognized);
