namespace Compatibility.Storage.Import;

/// <summary>Counts submitted transactions across parallel partitions.</summary>
public sealed class TransactionCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);
}
