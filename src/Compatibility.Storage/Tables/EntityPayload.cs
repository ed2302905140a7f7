using Azure.Data.Tables;

namespace Compatibility.Storage.Tables;

/// <summary>Compares what an entity says, ignoring what storage adds (ETag, Timestamp): the basis of "compare before writing".</summary>
public static class EntityPayload
{
    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal)
    {
        "PartitionKey", "RowKey", "Timestamp", "odata.etag",
    };

    public static bool Same(TableEntity a, TableEntity b)
    {
        if (a.PartitionKey != b.PartitionKey || a.RowKey != b.RowKey)
        {
            return false;
        }

        var left = Payload(a).ToList();
        var right = Payload(b).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return left.Count == right.Count
            && left.All(p => right.TryGetValue(p.Key, out var value) && Equals(Normalize(p.Value), Normalize(value)));
    }

    /// <summary>The entity's own properties, in ordinal name order, without system properties and nulls.</summary>
    public static IEnumerable<KeyValuePair<string, object>> Payload(TableEntity entity) =>
        entity.Where(p => !SystemProperties.Contains(p.Key) && p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.Ordinal)!;

    // Azurite and Azure may hand an Int32 back as Int64 or a string back as-is; compare by value.
    private static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        _ => value,
    };
}
