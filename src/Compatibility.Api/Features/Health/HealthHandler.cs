using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Compatibility.Api.Features.Health;

/// <summary>
/// <c>GET /api/health</c> (public) and <c>GET /api/health/detail</c> (key required): always 200 while the process serves;
/// <c>status</c> says healthy or degraded and <c>since</c> since when. The refresh error is for keyed callers and logs only.
/// </summary>
public sealed class HealthHandler(ICatalogueProvider catalogue, TimeProvider timeProvider)
{
    public Ok<HealthResponse> Handle()
    {
        var (status, catalogueHealth) = Read();
        return TypedResults.Ok(new HealthResponse(status, catalogue.StatusSince, catalogueHealth));
    }

    public Ok<HealthDetailResponse> Detail()
    {
        var (status, catalogueHealth) = Read();
        return TypedResults.Ok(new HealthDetailResponse(status, catalogue.StatusSince, catalogueHealth, catalogue.LastRefreshError));
    }

    private (string Status, CatalogueHealth Catalogue) Read()
    {
        var snapshot = catalogue.Current;
        var degraded = catalogue.Degraded;
        var age = timeProvider.GetUtcNow() - snapshot.LoadedAt;
        return (
            degraded ? "degraded" : "healthy",
            new CatalogueHealth(snapshot.Version, snapshot.Ingredients.Count, snapshot.Source, snapshot.LoadedAt, Math.Round(age.TotalSeconds, 1), degraded, catalogue.LastRefreshAttemptAt));
    }
}
