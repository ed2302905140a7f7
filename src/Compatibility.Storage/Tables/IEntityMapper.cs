using Azure.Data.Tables;

namespace Compatibility.Storage.Tables;

/// <summary>How one kind of catalogue item maps to table entities: its keys, its partitions, its properties.</summary>
public interface IEntityMapper<T>
{
    /// <summary>Lower-case kind for reports and messages (<c>ingredients</c>).</summary>
    string Kind { get; }

    /// <summary>Every partition key this kind can use; the set is fixed, so a full pass can visit each.</summary>
    IReadOnlyList<string> Partitions { get; }

    string IdOf(T value);

    string PartitionKeyOf(string id);

    TableEntity ToEntity(T value);

    T FromEntity(TableEntity entity);
}
