using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Simmy;
using Polly.Simmy.Fault;
using Polly.Simmy.Latency;

namespace Compatibility.Storage.Tests.Resilience;

[Collection(AzuriteCollection.Name)]
public sealed class ChaosTests(AzuriteFixture azurite)
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static PollyChaosPolicy Chaos(ChaosSwitch chaos) => new(new ResiliencePipelineBuilder()
        .AddChaosLatency(new ChaosLatencyStrategyOptions { InjectionRate = 0.3, Latency = TimeSpan.FromMilliseconds(20), EnabledGenerator = chaos.IsEnabled })
        .AddChaosFault(new ChaosFaultStrategyOptions
        {
            InjectionRate = 0.6,
            FaultGenerator = new FaultGenerator().AddException(() => new IOException("Injected storage fault.")),
            EnabledGenerator = chaos.IsEnabled,
        })
        .Build());

    [Fact]
    public async Task Faults_and_latency_in_storage_calls_never_fail_a_read_the_provider_turns_degraded_and_recovers()
    {
        var chaos = new ChaosSwitch();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, o => o.BreakerMinimumThroughput = 2, [Chaos(chaos)], time);
        var seed = TestSeeds.Synthetic(400, products: 20, protocols: 2);
        await storage.Importer.ImportAsync(seed, prune: false, None);
        var provider = storage.Provider(TestStorage.FallbackSnapshot);
        Assert.True(await provider.RefreshAsync(None));
        var version = provider.Current.Version;

        chaos.Enabled = true;
        var refreshes = new List<bool>();
        for (var i = 0; i < 40; i++)
        {
            if (i % 4 == 0)
            {
                refreshes.Add(await provider.RefreshAsync(None));
            }

            // What a check reads: the snapshot, its ingredients and its products, never storage.
            var snapshot = provider.Current;
            Assert.Equal(CatalogueSnapshot.TableStorageSource, snapshot.Source);
            Assert.Equal(version, snapshot.Version);
            Assert.Equal(seed.Products[i % 20], snapshot.FindProduct(seed.Products[i % 20].Sku));
            Assert.NotNull(snapshot.Ingredients.FindById(seed.Catalogue.Ingredients[i].Id));
        }

        Assert.Contains(false, refreshes);
        Assert.True(provider.Degraded);
        Assert.NotNull(provider.LastRefreshError);

        chaos.Enabled = false;
        time.Advance(storage.Options.BreakDuration); // let the breaker try again
        Assert.True(await provider.RefreshAsync(None));
        Assert.False(provider.Degraded);
        Assert.Null(provider.LastRefreshError);
        Assert.Equal(version, provider.Current.Version);
    }

    [Fact]
    public async Task Admin_writes_under_faults_either_land_whole_or_report_unavailable_and_leave_nothing()
    {
        var chaos = new ChaosSwitch();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, configure: null, [Chaos(chaos)], time);

        chaos.Enabled = true;
        var results = new List<(int Index, AdminOutcome Outcome)>();
        for (var i = 0; i < 30; i++)
        {
            results.Add((i, (await storage.Admin.PutProductAsync(TestSeeds.Product(i), null, None)).Outcome));
        }

        chaos.Enabled = false;
        time.Advance(storage.Options.BreakDuration);

        Assert.Contains(results, r => r.Outcome == AdminOutcome.Unavailable);
        Assert.All(results, r => Assert.Contains(r.Outcome, new[] { AdminOutcome.Created, AdminOutcome.Unavailable }));
        foreach (var (index, outcome) in results)
        {
            var stored = await storage.Admin.GetProductAsync(TestSeeds.Product(index).Sku, None);
            if (outcome == AdminOutcome.Created)
            {
                Assert.Equal(TestSeeds.Product(index), stored.Value);
            }
            else
            {
                Assert.Equal(AdminOutcome.NotFound, stored.Outcome);
            }
        }
    }
}
