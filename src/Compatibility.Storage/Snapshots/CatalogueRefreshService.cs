using Compatibility.Storage.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compatibility.Storage.Snapshots;

/// <summary>
/// Loads the first snapshot before the host serves (bounded by the pipeline's total timeout, so a dead storage
/// account delays start by at most that and then the embedded fallback serves), then refreshes on a
/// <see cref="PeriodicTimer"/> driven by the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class CatalogueRefreshService(
    TableCatalogueProvider provider,
    IOptions<CatalogueOptions> options,
    TimeProvider timeProvider,
    ILogger<CatalogueRefreshService> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await provider.RefreshAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await provider.RefreshAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            SnapshotLog.RefreshStopped(logger);
        }
    }
}
