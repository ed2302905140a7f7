using Azure.Data.Tables;
using Compatibility.Core.Products;

namespace Compatibility.Storage.Tables;

/// <summary>Products: PartitionKey is a hash bucket of the SKU (16 buckets), RowKey the encoded SKU.</summary>
public sealed class ProductMapper : IEntityMapper<Product>
{
    public const int BucketCount = 16;

    public static ProductMapper Instance { get; } = new();

    public string Kind => "products";

    public IReadOnlyList<string> Partitions { get; } = TableKeys.AllBuckets(BucketCount);

    public string IdOf(Product value) => value.Sku;

    public string PartitionKeyOf(string id) => TableKeys.Bucket(id, BucketCount);

    public TableEntity ToEntity(Product value)
    {
        var entity = new TableEntity(PartitionKeyOf(value.Sku), TableKeys.Encode(value.Sku))
        {
            ["Sku"] = value.Sku,
            ["Name"] = value.Name,
            ["Inci"] = value.Inci,
        };
        if (value.Brand is not null)
        {
            entity["Brand"] = value.Brand;
        }

        if (value.Category is not null)
        {
            entity["Category"] = value.Category;
        }

        return entity;
    }

    public Product FromEntity(TableEntity entity) => new(
        entity.GetString("Sku") ?? TableKeys.Decode(entity.RowKey),
        entity.GetString("Name") ?? string.Empty,
        entity.GetString("Brand"),
        entity.GetString("Category"),
        entity.GetString("Inci") ?? string.Empty);
}
