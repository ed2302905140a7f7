using Azure.Core;
using Azure.Core.Pipeline;

namespace Compatibility.Storage.Resilience;

/// <summary>
/// Counts the HTTP tries the SDK makes for one logical call, so a 409/412 can be told apart: after a retry it may
/// be our own earlier try that landed (compare and report success); on the first try it is a real conflict.
/// </summary>
public static class StorageAttempts
{
    private static readonly AsyncLocal<Counter?> CurrentCounter = new();

    /// <summary>Starts counting for the calls made in this async flow until the returned counter is disposed.</summary>
    public static Counter Begin() => CurrentCounter.Value = new Counter();

    /// <summary>Runs on every try (placed per retry in the SDK pipeline).</summary>
    public static HttpPipelinePolicy Policy { get; } = new CountingPolicy();

    public sealed class Counter : IDisposable
    {
        private int _tries;

        public int Tries => Volatile.Read(ref _tries);

        public bool Retried => Tries > 1;

        internal void Increment() => Interlocked.Increment(ref _tries);

        public void Reset() => Interlocked.Exchange(ref _tries, 0);

        public void Dispose()
        {
            if (CurrentCounter.Value == this)
            {
                CurrentCounter.Value = null;
            }
        }
    }

    private sealed class CountingPolicy : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => CurrentCounter.Value?.Increment();
    }
}
