using Azure.Core;
using Azure.Core.Pipeline;

namespace Compatibility.Storage.Tests.Support;

/// <summary>
/// Once armed, holds the first GET whose path contains <c>pathPart</c> until <see cref="Release"/>: a snapshot load
/// stalled half-way (a slow page), so another refresh can overlap it. Every other request passes.
/// </summary>
internal sealed class HoldFirstReadPolicy(string pathPart) : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>Completes when a read is being held.</summary>
    public Task Held => _held.Task;

    public void Arm() => Volatile.Write(ref _armed, 1);

    public void Release() => _release.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Method == RequestMethod.Get
            && message.Request.Uri.Path.Contains(pathPart, StringComparison.Ordinal)
            && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.TrySetResult();
            await _release.Task;
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The catalogue reads asynchronously.");
}
