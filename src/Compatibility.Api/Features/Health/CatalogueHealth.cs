namespace Compatibility.Api.Features.Health;

/// <summary>The catalogue part of the health report: version, size, source, age, degraded, last refresh attempt. Never why it failed (see <see cref="HealthDetailResponse"/>).</summary>
public sealed record CatalogueHealth(
    string Version,
    int Size,
    string Source,
    DateTimeOffset LoadedAt,
    double AgeSeconds,
    bool Degraded,
    DateTimeOffset? LastRefreshAttemptAt);
