namespace Compatibility.Api.Features.Check;

/// <summary>The procedure a check is relative to.</summary>
public sealed record ProcedureInput(string? Type, string? PerformedAt, decimal? NeedleDepthMm);
