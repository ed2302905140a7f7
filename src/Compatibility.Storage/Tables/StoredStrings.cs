using System.Text.Json;

namespace Compatibility.Storage.Tables;

/// <summary>Lists stored as one JSON-array string property: one column, read back in order, well inside 64 KiB when validated.</summary>
internal static class StoredStrings
{
    public static string Write(IReadOnlyList<string> values) =>
        JsonSerializer.Serialize(values.ToArray(), StorageJsonContext.Default.StringArray);

    public static IReadOnlyList<string> Read(object? stored) =>
        stored is string { Length: > 0 } json
            ? JsonSerializer.Deserialize(json, StorageJsonContext.Default.StringArray) ?? []
            : [];
}
