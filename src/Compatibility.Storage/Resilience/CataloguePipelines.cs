using Compatibility.Core.Catalogue;
using Compatibility.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Fallback;
using Polly.Timeout;

namespace Compatibility.Storage.Resilience;

/// <summary>
/// The storage pipelines, built once and registered by name. The SDK makes at most
/// <see cref="CatalogueOptions.SdkMaxRetries"/> quick retries inside; these pipelines add no retry of their own,
/// only the total timeout, a circuit breaker, and (for snapshot loads) the fallback to the last good snapshot.
/// </summary>
public static class CataloguePipelines
{
    public const string SnapshotRead = "catalogue-snapshot-read";
    public const string StorageWrite = "catalogue-storage-write";

    /// <summary>The snapshot serving now; the fallback hands it back when a load fails.</summary>
    public static readonly ResiliencePropertyKey<CatalogueSnapshot?> LastGoodSnapshot = new("catalogue.last-good-snapshot");

    public static IServiceCollection AddCataloguePipelines(this IServiceCollection services)
    {
        services.AddResiliencePipeline<string, SnapshotLoadOutcome>(SnapshotRead, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            ConfigureSnapshotRead(builder, context.ServiceProvider.GetRequiredService<IOptions<CatalogueOptions>>().Value);
        });
        services.AddResiliencePipeline<string>(StorageWrite, (builder, context) =>
        {
            builder.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            ConfigureWrite(builder, context.ServiceProvider.GetRequiredService<IOptions<CatalogueOptions>>().Value);
        });
        return services;
    }

    /// <summary>Fallback (outermost) → circuit breaker → total timeout (innermost, so a timeout counts as a failure).</summary>
    public static ResiliencePipelineBuilder<SnapshotLoadOutcome> ConfigureSnapshotRead(ResiliencePipelineBuilder<SnapshotLoadOutcome> builder, CatalogueOptions options) =>
        builder
            .AddFallback(new FallbackStrategyOptions<SnapshotLoadOutcome>
            {
                Name = "last-good-snapshot",
                // Every failure falls back, except the caller's own cancellation (shutdown).
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && !(e is OperationCanceledException && args.Context.CancellationToken.IsCancellationRequested)),
                FallbackAction = args => Outcome.FromResultAsValueTask(SnapshotLoadOutcome.FellBack(
                    args.Context.Properties.GetValue(LastGoodSnapshot, null),
                    args.Outcome.Exception!)),
            })
            .AddCircuitBreaker(Breaker<CircuitBreakerStrategyOptions<SnapshotLoadOutcome>, SnapshotLoadOutcome>(new(), options, "snapshot-breaker"))
            .AddTimeout(new TimeoutStrategyOptions { Name = "snapshot-total-timeout", Timeout = options.SnapshotLoadTimeout });

    /// <summary>Circuit breaker → total timeout. No fallback: a write that cannot reach storage reports "unavailable".</summary>
    public static ResiliencePipelineBuilder ConfigureWrite(ResiliencePipelineBuilder builder, CatalogueOptions options) =>
        builder
            .AddCircuitBreaker(Breaker<CircuitBreakerStrategyOptions, object>(new(), options, "write-breaker"))
            .AddTimeout(new TimeoutStrategyOptions { Name = "write-total-timeout", Timeout = options.WriteTimeout });

    private static TOptions Breaker<TOptions, T>(TOptions breaker, CatalogueOptions options, string name)
        where TOptions : CircuitBreakerStrategyOptions<T>
    {
        breaker.Name = name;
        breaker.FailureRatio = options.BreakerFailureRatio;
        breaker.MinimumThroughput = options.BreakerMinimumThroughput;
        breaker.SamplingDuration = options.BreakerSamplingDuration;
        breaker.BreakDuration = options.BreakDuration;
        // Only "storage is struggling" counts; a 409/412/404 is an answer, not an outage.
        breaker.ShouldHandle = new PredicateBuilder<T>().Handle<Exception>(StorageFaults.IsTransient);
        return breaker;
    }
}
