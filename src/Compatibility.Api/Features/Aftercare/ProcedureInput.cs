namespace Compatibility.Api.Features.Aftercare;

/// <summary>The procedure a check is relative to.</summary>
public sealed record ProcedureInput(string? Type, string? PerformedAt, double? NeedleDepthMm);
