using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Compatibility.Storage.Import;
using Compatibility.Storage.Tables;
using Compatibility.Storage.Tests.Azurite;
using Compatibility.Storage.Tests.Support;

namespace Compatibility.Storage.Tests.Import;

/// <summary><see cref="TransactionSize"/> against the bytes the SDK really sends: never less, and not wildly more.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TransactionSizeTests(AzuriteFixture azurite)
{
    public static TheoryData<string> Texts => new()
    {
        "plain", new string('a', 30_000), new string('"', 10_000), new string('é', 30_000), string.Concat(Enumerable.Repeat("\U0001F600", 10_000)),
        string.Concat(Enumerable.Repeat("<b>'&'+`</b>\\ \u0001", 2_000)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public async Task The_bound_is_at_least_what_one_entity_adds_to_a_transaction_body(string text)
    {
        var measure = new MeasureBodies();
        var storage = await TestStorage.CreateAsync(azurite.ConnectionString, policies: [measure]);
        TableEntity Entity(string id) => new("p", id) { ["Text"] = text, ["Number"] = 42, ["Other"] = "x" };

        // One and two entities: the difference is what one more entity costs inside a changeset.
        await storage.Tables.Protocols.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, Entity("a"))]);
        await storage.Tables.Protocols.SubmitTransactionAsync(
            [new TableTransactionAction(TableTransactionActionType.Add, Entity("b")), new TableTransactionAction(TableTransactionActionType.Add, Entity("c"))]);

        var one = measure.Sizes[^2];
        var perEntity = measure.Sizes[^1] - one;
        var bound = TransactionSize.Of(Entity("b"));
        Assert.InRange(perEntity, 1, bound);
        Assert.True(bound <= 2 * perEntity + TransactionSize.PerEntityOverhead, $"bound {bound} for {perEntity} bytes");
        Assert.True(one <= bound + TransactionSize.PerEntityOverhead, $"a one-entity body of {one} bytes against {bound}");
    }

    /// <summary>Records the body length of every transaction (batch) request.</summary>
    private sealed class MeasureBodies : HttpPipelinePolicy
    {
        public List<long> Sizes { get; } = [];

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
            {
                using var buffer = new MemoryStream();
                await content.WriteToAsync(buffer, message.CancellationToken);
                Sizes.Add(buffer.Length);
            }

            await ProcessNextAsync(message, pipeline);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => ProcessNext(message, pipeline);
    }
}
