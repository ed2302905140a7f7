using Azure.Core;
using Azure.Core.Pipeline;

namespace Compatibility.Storage.Tests.Support;

/// <summary>
/// Once armed, holds the first request that <c>matches</c> until <see cref="Release"/>, before it is sent: a snapshot
/// load stalled half-way (a slow page), or an import stopped between reading a partition and writing it, so another
/// refresh or writer can act in between. Every other request passes.
/// </summary>
internal sealed class HoldFirstRequestPolicy(Func<Request, bool> matches) : HttpPipelinePolicy
{
    private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _armed;

    /// <summary>The first read (GET) whose path contains <paramref name="pathPart"/>, such as a table's name.</summary>
    public static HoldFirstRequestPolicy Read(string pathPart) =>
        new(r => r.Method == RequestMethod.Get && r.Uri.Path.Contains(pathPart, StringComparison.Ordinal));

    /// <summary>The first entity transaction (a POST to <c>$batch</c>): an import's first write of rows.</summary>
    public static HoldFirstRequestPolicy Transaction() =>
        new(r => r.Method == RequestMethod.Post && r.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal));

    /// <summary>Completes when a request is being held.</summary>
    public Task Held => _held.Task;

    public void Arm() => Volatile.Write(ref _armed, 1);

    public void Release() => _release.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (matches(message.Request) && Interlocked.Exchange(ref _armed, 0) == 1)
        {
            _held.TrySetResult();
            await _release.Task;
        }

        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The catalogue reads and writes asynchronously.");
}
