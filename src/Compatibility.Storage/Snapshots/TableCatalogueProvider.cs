using Compatibility.Core.Catalogue;
using Compatibility.Storage.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Compatibility.Storage.Snapshots;

/// <summary>
/// Serves the catalogue from Table Storage without touching storage per request: <see cref="RefreshAsync"/>
/// loads a whole snapshot through the <see cref="CataloguePipelines.SnapshotRead"/> pipeline and swaps it in
/// with one reference write. A failed refresh keeps the last good snapshot (degraded); with no good snapshot
/// yet (storage down at a cold start) the embedded catalogue serves as <c>embedded-fallback</c>, degraded.
/// </summary>
public sealed class TableCatalogueProvider(
    TableSnapshotLoader loader,
    ResiliencePipeline<SnapshotLoadOutcome> pipeline,
    TimeProvider timeProvider,
    ILogger<TableCatalogueProvider> logger,
    Func<DateTimeOffset, CatalogueSnapshot>? fallbackFactory = null) : ICatalogueProvider, IDisposable
{
    private readonly Func<DateTimeOffset, CatalogueSnapshot> _fallbackFactory =
        fallbackFactory ?? (now => CatalogueSnapshot.FromEmbedded(CatalogueSnapshot.EmbeddedFallbackSource, now));

    private readonly Lock _fallbackLock = new();

    // One refresh at a time: a slow refresh that fails falls back to the snapshot it started from, so overlapping with
    // a newer one that succeeded would put the older catalogue back.
    private readonly SemaphoreSlim _refreshGate = new(1, 1);

    // One immutable state object, replaced as a whole, so readers never see a snapshot with another's status.
    private volatile ProviderState? _state;

    public CatalogueSnapshot Current => (_state ?? EnsureFallbackState()).Snapshot;

    public bool Degraded => (_state ?? EnsureFallbackState()).Degraded;

    public DateTimeOffset? LastRefreshAttemptAt => _state?.AttemptAt;

    public string? LastRefreshError => _state?.Error;

    public DateTimeOffset StatusSince => (_state ?? EnsureFallbackState()).Since;

    /// <summary>True once a snapshot from storage has been loaded.</summary>
    public bool HasStorageSnapshot => _state?.Snapshot.Source == CatalogueSnapshot.TableStorageSource;

    /// <summary>Releases the refresh gate (the container does, at shutdown, after the refresh service has stopped).</summary>
    public void Dispose() => _refreshGate.Dispose();

    /// <summary>Loads a fresh snapshot; on failure keeps what serves now. Returns true when storage answered. Callers queue.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken);
        try
        {
            return await RefreshOnceAsync(cancellationToken);
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<bool> RefreshOnceAsync(CancellationToken cancellationToken)
    {
        var previous = _state;
        var lastGood = previous?.Snapshot.Source == CatalogueSnapshot.TableStorageSource ? previous.Snapshot : null;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        SnapshotLoadOutcome outcome;
        try
        {
            context.Properties.Set(CataloguePipelines.LastGoodSnapshot, lastGood);
            outcome = await pipeline.ExecuteAsync(
                static async (ctx, state) => SnapshotLoadOutcome.Loaded(await state.loader.LoadAsync(state.lastGood, ctx.CancellationToken)),
                context,
                (loader, lastGood));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }

        var now = timeProvider.GetUtcNow();
        if (outcome.Succeeded)
        {
            var loaded = outcome.Snapshot!;
            _state = new ProviderState(loaded, Degraded: false, now, Error: null, Since(previous, degraded: false, now));
            SnapshotLog.Loaded(logger, loaded.Version);
            return true;
        }

        var error = $"{outcome.Error!.GetType().Name}: {outcome.Error.Message}";
        var serving = outcome.Snapshot ?? previous?.Snapshot ?? FallbackSnapshot();
        _state = new ProviderState(serving, Degraded: true, now, error, Since(previous, degraded: true, now));
        SnapshotLog.RefreshFailed(logger, serving.Source, serving.Version, error);
        return false;
    }

    private ProviderState EnsureFallbackState()
    {
        lock (_fallbackLock)
        {
            if (_state is null)
            {
                var fallback = FallbackSnapshot();
                _state = new ProviderState(fallback, Degraded: true, AttemptAt: null, Error: "No snapshot has been loaded from storage yet.", fallback.LoadedAt);
            }

            return _state;
        }
    }

    // A status keeps the moment it began until it changes.
    private static DateTimeOffset Since(ProviderState? previous, bool degraded, DateTimeOffset now) =>
        previous is not null && previous.Degraded == degraded ? previous.Since : now;

    private CatalogueSnapshot FallbackSnapshot() => _fallbackFactory(timeProvider.GetUtcNow());

    private sealed record ProviderState(CatalogueSnapshot Snapshot, bool Degraded, DateTimeOffset? AttemptAt, string? Error, DateTimeOffset Since);
}
