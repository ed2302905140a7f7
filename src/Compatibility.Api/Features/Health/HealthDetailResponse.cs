namespace Compatibility.Api.Features.Health;

/// <summary>Response of <c>GET /api/health/detail</c> (key required): the public report plus why the last refresh failed.</summary>
public sealed record HealthDetailResponse(string Status, DateTimeOffset Since, CatalogueHealth Catalogue, string? LastRefreshError);
