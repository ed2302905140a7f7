using Azure.Core;
using Azure.Core.Pipeline;

namespace Compatibility.Storage.Tests.Support;

/// <summary>
/// Lets the first write of the given method reach storage, then throws as if the response was lost on the way
/// back, so the SDK retries a write that already landed (the 409/412-after-retry case).
/// </summary>
internal sealed class LoseFirstResponsePolicy(RequestMethod method) : HttpPipelinePolicy
{
    private int _lost;

    public int Lost => Volatile.Read(ref _lost);

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        LoseIfFirst(message);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        ProcessNext(message, pipeline);
        LoseIfFirst(message);
    }

    private void LoseIfFirst(HttpMessage message)
    {
        if (message.Request.Method == method && message.Response.Status < 300 && Interlocked.CompareExchange(ref _lost, 1, 0) == 0)
        {
            throw new IOException("Injected: connection reset after the write was applied.");
        }
    }
}
