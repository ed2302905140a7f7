namespace Compatibility.Api.Features.Health;

/// <summary>The catalogue part of the health report: version, size, source, age, degraded, and why the last refresh failed (no data, only the error kind).</summary>
public sealed record CatalogueHealth(
    string Version,
    int Size,
    string Source,
    DateTimeOffset LoadedAt,
    double AgeSeconds,
    bool Degraded,
    DateTimeOffset? LastRefreshAttemptAt,
    string? LastRefreshError);
