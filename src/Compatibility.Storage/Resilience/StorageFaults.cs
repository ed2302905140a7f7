using System.Net.Sockets;
using Azure;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Compatibility.Storage.Resilience;

/// <summary>Which failures mean "storage is unreachable or struggling" (trip the breaker, answer 503) rather than "your request was wrong".</summary>
public static class StorageFaults
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        RequestFailedException => false,
        TimeoutRejectedException or BrokenCircuitException or IsolatedCircuitException => true,
        HttpRequestException or IOException or SocketException => true,
        // The SDK's per-try network timeout surfaces as a cancellation the caller did not ask for.
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
        _ => false,
    };
}
