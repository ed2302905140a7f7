using System.Collections.Concurrent;
using Compatibility.Core.Admin;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Admin;

[Collection(AzuriteCollection.Name)]
public sealed class ConcurrencyTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Parallel_updates_of_one_ingredient_lose_no_accepted_write_and_every_rejected_one_got_412()
    {
        var store = (await TestStorage.CreateAsync(azurite.ConnectionString)).Admin;
        var start = TestSeeds.Ingredient(1) with { Synonyms = [] };
        await store.PutIngredientAsync(start, null, CancellationToken.None);
        var outcomes = new ConcurrentBag<(string Token, AdminOutcome Outcome)>();

        // 16 writers, 4 rounds each: read, add one's own synonym to what was read, write back with the ETag read.
        await Parallel.ForEachAsync(Enumerable.Range(0, 16), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (writer, ct) =>
        {
            for (var round = 0; round < 4; round++)
            {
                var token = $"writer-{writer}-round-{round}";
                var read = await store.GetIngredientAsync(start.Id, ct);
                var next = read.Value! with { Synonyms = [.. read.Value.Synonyms, token] };
                var written = await store.PutIngredientAsync(next, read.ETag, ct);
                outcomes.Add((token, written.Outcome));
            }
        });

        var accepted = outcomes.Where(o => o.Outcome == AdminOutcome.Updated).Select(o => o.Token).ToHashSet();
        var final = (await store.GetIngredientAsync(start.Id, CancellationToken.None)).Value!.Synonyms;
        Assert.NotEmpty(accepted);
        Assert.All(outcomes.Where(o => o.Outcome != AdminOutcome.Updated), o => Assert.Equal(AdminOutcome.PreconditionFailed, o.Outcome));
        Assert.Equal(accepted.Order(StringComparer.Ordinal), final.Order(StringComparer.Ordinal));
        Assert.Equal(64, outcomes.Count);
    }
}
