namespace Compatibility.Core.Catalogue;

/// <summary>Hands the serving path the current snapshot. Never reads storage per call.</summary>
public interface ICatalogueProvider
{
    CatalogueSnapshot Current { get; }

    /// <summary>True when the snapshot is not what configuration asked for (storage unreachable, refresh failing).</summary>
    bool Degraded { get; }

    /// <summary>When the provider last tried to load from its source; null for a provider that never refreshes.</summary>
    DateTimeOffset? LastRefreshAttemptAt => null;

    /// <summary>Why the last refresh failed (type and message, never data); null after a success.</summary>
    string? LastRefreshError => null;

    /// <summary>Since when <see cref="Degraded"/> has had its current value: the first failure of a run of failed
    /// refreshes, or the first success after one; for a provider that never refreshes, when it loaded.</summary>
    DateTimeOffset StatusSince => Current.LoadedAt;
}
