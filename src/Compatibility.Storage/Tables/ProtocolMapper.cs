using System.Text;
using Azure.Data.Tables;
using Compatibility.Core.Protocols;

namespace Compatibility.Storage.Tables;

/// <summary>
/// Protocols: one partition (there are few; one partition also lets a clinic's set change in one transaction),
/// RowKey the encoded id. The JSON text is split over <c>Json0</c>, <c>Json1</c>, … of at most
/// <see cref="ChunkLength"/> characters each, because one string property holds at most 64 KiB (32 K UTF-16 chars).
/// </summary>
public sealed class ProtocolMapper : IEntityMapper<ProtocolDocument>
{
    public const string PartitionKey = "protocol";

    /// <summary>Characters per JSON chunk: 60,000 bytes as UTF-16, under the 64 KiB property limit.</summary>
    public const int ChunkLength = 30_000;

    /// <summary>
    /// Largest protocol JSON accepted: 13 full chunks, 780 KB as UTF-16 (a 14th of a few characters when chunks end
    /// short of a surrogate pair), inside the 1 MiB entity limit with room for keys.
    /// </summary>
    public const int MaxJsonLength = 13 * ChunkLength;

    public static ProtocolMapper Instance { get; } = new();

    public string Kind => "protocols";

    public IReadOnlyList<string> Partitions { get; } = [PartitionKey];

    public string IdOf(ProtocolDocument value) => value.Id;

    public string PartitionKeyOf(string id) => PartitionKey;

    public TableEntity ToEntity(ProtocolDocument value)
    {
        var entity = new TableEntity(PartitionKey, TableKeys.Key(value.Id))
        {
            ["Id"] = value.Id,
            ["Version"] = value.Version,
        };
        var chunks = 0;
        for (var offset = 0; offset < value.Json.Length;)
        {
            // Never end a chunk between the two halves of a surrogate pair: each half alone is not valid text to store.
            var length = Math.Min(ChunkLength, value.Json.Length - offset);
            if (length == ChunkLength && char.IsHighSurrogate(value.Json[offset + length - 1]))
            {
                length--;
            }

            entity["Json" + chunks++] = value.Json.Substring(offset, length);
            offset += length;
        }

        entity["JsonChunks"] = chunks;
        return entity;
    }

    public ProtocolDocument FromEntity(TableEntity entity)
    {
        var json = new StringBuilder();
        var chunks = entity.GetInt32("JsonChunks") ?? 0;
        for (var i = 0; i < chunks; i++)
        {
            json.Append(entity.GetString("Json" + i));
        }

        return new ProtocolDocument(
            entity.GetString("Id") ?? TableKeys.Decode(entity.RowKey),
            entity.GetString("Version") ?? string.Empty,
            json.ToString());
    }
}
