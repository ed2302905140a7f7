namespace Compatibility.Api.Features.Health;

/// <summary>Response of <c>GET /api/health</c>: public, so no storage error text (that names hosts and ports).</summary>
public sealed record HealthResponse(string Status, DateTimeOffset Since, CatalogueHealth Catalogue);
