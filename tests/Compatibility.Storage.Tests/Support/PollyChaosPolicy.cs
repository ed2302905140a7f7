using Azure.Core;
using Azure.Core.Pipeline;
using Polly;

namespace Compatibility.Storage.Tests.Support;

/// <summary>Runs every HTTP try of the Azure SDK through a Polly chaos pipeline: faults and latency injected into real storage calls.</summary>
internal sealed class PollyChaosPolicy(ResiliencePipeline chaos) : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        await chaos.ExecuteAsync(async _ => await ProcessNextAsync(message, pipeline), message.CancellationToken);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        chaos.Execute(_ => ProcessNext(message, pipeline), message.CancellationToken);
}
