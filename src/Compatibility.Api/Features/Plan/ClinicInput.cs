namespace Compatibility.Api.Features.Plan;

/// <summary>The clinic printed on the aftercare sheet (optional; only the HTML sheet shows it).</summary>
public sealed record ClinicInput(string? Name, string? Phone, string? Url);
