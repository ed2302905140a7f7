namespace Compatibility.Api.Features.Health;

/// <summary>Response of <c>GET /api/health</c>.</summary>
public sealed record HealthResponse(string Status, CatalogueHealth Catalogue);
