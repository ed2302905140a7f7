using Compatibility.Storage.Configuration;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using Polly.Fallback;
using Polly.Registry;
using Polly.Retry;
using Polly.Testing;
using Polly.Timeout;

namespace Compatibility.Storage.Tests.Resilience;

public sealed class PipelineConfigurationTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)).Prepend(
                KeyValuePair.Create("Catalogue:ConnectionString", (string?)"UseDevelopmentStorage=true")))
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        services.AddCatalogue(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Snapshot_pipeline_is_fallback_then_breaker_then_total_timeout_with_no_retry()
    {
        using var services = Services(("Catalogue:SnapshotLoadTimeout", "00:00:07"), ("Catalogue:BreakDuration", "00:00:11"));
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline<SnapshotLoadOutcome>(CataloguePipelines.SnapshotRead);

        var strategies = pipeline.GetPipelineDescriptor().Strategies;

        Assert.Collection(
            strategies,
            s => Assert.IsType<FallbackStrategyOptions<SnapshotLoadOutcome>>(s.Options),
            s => Assert.Equal(TimeSpan.FromSeconds(11), Assert.IsType<CircuitBreakerStrategyOptions<SnapshotLoadOutcome>>(s.Options).BreakDuration),
            s => Assert.Equal(TimeSpan.FromSeconds(7), Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout));
        Assert.DoesNotContain(strategies, s => s.Options is RetryStrategyOptions<SnapshotLoadOutcome>);
    }

    [Fact]
    public void Write_pipeline_is_breaker_then_total_timeout_with_no_retry_and_no_fallback()
    {
        using var services = Services(("Catalogue:WriteTimeout", "00:00:04"));
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(CataloguePipelines.StorageWrite);

        var strategies = pipeline.GetPipelineDescriptor().Strategies;

        Assert.Collection(
            strategies,
            s => Assert.Equal(0.5, Assert.IsType<CircuitBreakerStrategyOptions>(s.Options).FailureRatio),
            s => Assert.Equal(TimeSpan.FromSeconds(4), Assert.IsType<TimeoutStrategyOptions>(s.Options).Timeout));
    }

    [Fact]
    public async Task The_pipelines_run_on_the_injected_time_provider()
    {
        using var services = Services(("Catalogue:WriteTimeout", "00:00:04"));
        var pipeline = services.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(CataloguePipelines.StorageWrite);
        var time = (FakeTimeProvider)services.GetRequiredService<TimeProvider>();

        var running = pipeline.ExecuteAsync(async ct => await Task.Delay(Timeout.InfiniteTimeSpan, ct)).AsTask();
        Assert.False(running.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => running);
    }

    [Fact]
    public void The_sdk_retries_are_cut_to_short_tries_so_polly_owns_the_total_time()
    {
        var options = new CatalogueOptions();
        var client = CatalogueTables.ClientOptionsFor(options);

        Assert.InRange(client.Retry.MaxRetries, 1, 2);
        Assert.Equal(Azure.Core.RetryMode.Fixed, client.Retry.Mode);
        Assert.True(client.Retry.Delay <= TimeSpan.FromMilliseconds(500));
        Assert.Equal(options.NetworkTimeout, client.Retry.NetworkTimeout);
        // One try after another must fit inside the total timeouts Polly enforces.
        Assert.True(client.Retry.NetworkTimeout * (client.Retry.MaxRetries + 1) <= options.SnapshotLoadTimeout);
    }

    [Fact]
    public void Breaker_counts_outages_but_not_answers_like_409_or_412()
    {
        Assert.True(StorageFaults.IsTransient(new Azure.RequestFailedException(503, "busy")));
        Assert.True(StorageFaults.IsTransient(new Azure.RequestFailedException(0, "no connection")));
        Assert.True(StorageFaults.IsTransient(new HttpRequestException("refused")));
        Assert.True(StorageFaults.IsTransient(new TimeoutRejectedException()));
        Assert.False(StorageFaults.IsTransient(new Azure.RequestFailedException(409, "exists")));
        Assert.False(StorageFaults.IsTransient(new Azure.RequestFailedException(412, "stale")));
        Assert.False(StorageFaults.IsTransient(new InvalidOperationException()));
    }
}
