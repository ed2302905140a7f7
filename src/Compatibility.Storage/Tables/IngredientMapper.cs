using Azure.Data.Tables;
using Compatibility.Core.Catalogue;

namespace Compatibility.Storage.Tables;

/// <summary>
/// Ingredients: PartitionKey is a hash bucket of the id (32 buckets, ~900 rows each for the full CosIng
/// catalogue), RowKey the encoded id. Lists are JSON-array strings.
/// </summary>
public sealed class IngredientMapper : IEntityMapper<Ingredient>
{
    public const int BucketCount = 32;

    public static IngredientMapper Instance { get; } = new();

    public string Kind => "ingredients";

    public IReadOnlyList<string> Partitions { get; } = TableKeys.AllBuckets(BucketCount);

    public string IdOf(Ingredient value) => value.Id;

    public string PartitionKeyOf(string id) => TableKeys.Bucket(id, BucketCount);

    public TableEntity ToEntity(Ingredient value)
    {
        var entity = new TableEntity(PartitionKeyOf(value.Id), TableKeys.Key(value.Id))
        {
            ["Id"] = value.Id,
            ["InciName"] = value.InciName,
            ["Synonyms"] = StoredStrings.Write(value.Synonyms),
            ["Classes"] = StoredStrings.Write(value.Classes),
            ["Functions"] = StoredStrings.Write(value.Functions),
        };
        if (value.CasNumber is not null)
        {
            entity["CasNumber"] = value.CasNumber;
        }

        if (value.CosIngRef is not null)
        {
            entity["CosIngRef"] = value.CosIngRef.Value;
        }

        return entity;
    }

    /// <summary>The id a stored row holds, without reading the rest of it.</summary>
    public static string IdOfEntity(TableEntity entity) => entity.GetString("Id") ?? TableKeys.Decode(entity.RowKey);

    public Ingredient FromEntity(TableEntity entity) => new(
        IdOfEntity(entity),
        entity.GetString("InciName") ?? string.Empty,
        StoredStrings.Read(entity.GetString("Synonyms")),
        StoredStrings.Read(entity.GetString("Classes")),
        StoredStrings.Read(entity.GetString("Functions")),
        entity.GetString("CasNumber"),
        entity.GetInt32("CosIngRef"));
}
