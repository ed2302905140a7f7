using Azure.Core;
using Azure.Core.Pipeline;

namespace Compatibility.Testing;

/// <summary>
/// Stands in for a process killed mid-import: once armed, lets <c>allowed</c> more write requests reach storage,
/// then fails every further write before it is sent (never retried: not a transient fault). Reads pass.
/// </summary>
public sealed class KillAfterWritesPolicy : HttpPipelinePolicy
{
    private int _remaining = int.MaxValue;
    private int _writes;

    /// <summary>Write requests sent since the last <see cref="Reset"/> (counts a dry run's total).</summary>
    public int Writes => Volatile.Read(ref _writes);

    public void Arm(int allowed) => Volatile.Write(ref _remaining, allowed);

    public void Reset()
    {
        Volatile.Write(ref _remaining, int.MaxValue);
        Volatile.Write(ref _writes, 0);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Gate(message);
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Gate(message);
        ProcessNext(message, pipeline);
    }

    private void Gate(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Get || message.Request.Method == RequestMethod.Head)
        {
            return;
        }

        // Table creation is a POST to /Tables before the import proper; it is not part of the generation.
        if (message.Request.Uri.Path.EndsWith("/Tables", StringComparison.Ordinal))
        {
            return;
        }

        if (Interlocked.Decrement(ref _remaining) < 0)
        {
            throw new InvalidOperationException("Injected: the importing process died here.");
        }

        Interlocked.Increment(ref _writes);
    }
}
