using Compatibility.Core.Catalogue;
using Microsoft.AspNetCore.Http;

namespace Compatibility.Api.Features.Health;

/// <summary><c>GET /api/health</c>: always 200 while the process serves; <c>status</c> says healthy or degraded.</summary>
public sealed class HealthHandler(ICatalogueProvider catalogue, TimeProvider timeProvider)
{
    public IResult Handle()
    {
        var snapshot = catalogue.Current;
        var degraded = catalogue.Degraded;
        var age = timeProvider.GetUtcNow() - snapshot.LoadedAt;
        return TypedResults.Ok(new HealthResponse(
            degraded ? "degraded" : "healthy",
            new CatalogueHealth(snapshot.Version, snapshot.Ingredients.Count, snapshot.Source, snapshot.LoadedAt, Math.Round(age.TotalSeconds, 1), degraded, catalogue.LastRefreshAttemptAt, catalogue.LastRefreshError)));
    }
}
