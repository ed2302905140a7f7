namespace Compatibility.Core.Checking;

/// <summary>The contract's <c>procedure</c> object as it arrives (every field nullable so the edge can name what is missing).</summary>
public sealed record ProcedureRequest(string? Type, DateTimeOffset? PerformedAt, double? NeedleDepthMm);
