using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Compatibility.Core.Catalogue;
using Compatibility.Storage.Tables;

namespace Compatibility.Storage.Snapshots;

/// <summary>
/// Reads the whole catalogue from the tables into one <see cref="CatalogueSnapshot"/>: every partition of every
/// table, in parallel, following continuation tokens (1000 rows a page). The version is the imported seed
/// version plus a hash of the content, so any admin change gives a new version and equal content the same one.
/// </summary>
public sealed class TableSnapshotLoader(CatalogueTables tables, TimeProvider timeProvider, int parallelism = 8)
{
    public async Task<CatalogueSnapshot> LoadAsync(CatalogueSnapshot? current, CancellationToken cancellationToken)
    {
        // The meta row before and after the reads: an import marks it "running" before its first write and
        // "complete" after its last, so equal, complete meta rows around the reads mean no import overlapped them.
        // Without a complete one, empty tables (storage restarted empty), a killed import or one still running are
        // not a catalogue: failing keeps the last good snapshot (or the embedded one at a cold start), degraded.
        var before = await ReadMetaAsync(cancellationToken);
        EnsureComplete(before);
        var ingredients = ReadAllAsync(tables.Ingredients, IngredientMapper.Instance, cancellationToken);
        var products = ReadAllAsync(tables.Products, ProductMapper.Instance, cancellationToken);
        var protocols = ReadAllAsync(tables.Protocols, ProtocolMapper.Instance, cancellationToken);
        await Task.WhenAll(ingredients, products, protocols);
        var after = await ReadMetaAsync(cancellationToken);
        EnsureComplete(after);
        if (after!.ETag != before!.ETag)
        {
            throw new InvalidDataException("An import ran while the catalogue was being read; keeping the last good snapshot.");
        }

        var metaEntity = after;
        var seedVersion = metaEntity.GetString(CatalogueTables.SeedVersionProperty) ?? "unversioned";
        var version = seedVersion + "+" + ContentHash((await ingredients, "i"), (await products, "p"), (await protocols, "r"));

        // Same content: keep the built index (the expensive part), stamp the snapshot as fresh.
        var index = current is { Source: CatalogueSnapshot.TableStorageSource } && current.Version == version
            ? current.Ingredients
            : CatalogueIndex.Create(new CatalogueData(version, (await ingredients).Select(IngredientMapper.Instance.FromEntity).ToList()));

        var storedProtocols = (await protocols).Select(ProtocolMapper.Instance.FromEntity).ToList();
        var etags = new StoredETags(
            ETagsById(await ingredients, (await ingredients).Select(IngredientMapper.IdOfEntity).ToList()),
            ETagsById(await protocols, storedProtocols.Select(p => p.Id).ToList()));
        return new CatalogueSnapshot(
            index,
            CatalogueSnapshot.TableStorageSource,
            timeProvider.GetUtcNow(),
            (await products).Select(ProductMapper.Instance.FromEntity).ToList(),
            storedProtocols,
            etags);
    }

    private static Dictionary<string, string> ETagsById(IReadOnlyList<TableEntity> entities, IReadOnlyList<string> ids)
    {
        var etags = new Dictionary<string, string>(entities.Count, StringComparer.Ordinal);
        for (var i = 0; i < entities.Count; i++)
        {
            etags[ids[i]] = entities[i].ETag.ToString();
        }

        return etags;
    }

    private async Task<TableEntity?> ReadMetaAsync(CancellationToken cancellationToken)
    {
        var meta = await tables.Ingredients.GetEntityIfExistsAsync<TableEntity>(CatalogueTables.MetaPartitionKey, CatalogueTables.MetaRowKey, cancellationToken: cancellationToken);
        return meta.HasValue ? meta.Value : null;
    }

    private static void EnsureComplete(TableEntity? meta)
    {
        if (meta is null)
        {
            throw new InvalidDataException("The catalogue tables hold no completed import; keeping the last good snapshot.");
        }

        if (meta.GetString(CatalogueTables.ImportStateProperty) is { } state && state != CatalogueTables.ImportComplete)
        {
            throw new InvalidDataException("An import is running or was interrupted; keeping the last good snapshot until one completes.");
        }
    }

    /// <summary>All entities of one kind, partition by partition in parallel, in (PartitionKey, RowKey) order.</summary>
    public async Task<IReadOnlyList<TableEntity>> ReadAllAsync<T>(TableClient table, IEntityMapper<T> mapper, CancellationToken cancellationToken)
    {
        var byPartition = new ConcurrentDictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            mapper.Partitions,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (partition, ct) => byPartition[partition] = await ReadPartitionAsync(table, partition, ct));
        return mapper.Partitions.SelectMany(p => byPartition[p]).ToList();
    }

    public static async Task<List<TableEntity>> ReadPartitionAsync(TableClient table, string partitionKey, CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
        {
            entities.Add(entity);
        }

        entities.Sort((a, b) => string.CompareOrdinal(a.RowKey, b.RowKey));
        return entities;
    }

    private static string ContentHash(params (IReadOnlyList<TableEntity> Entities, string Kind)[] tablesContent)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var line = new StringBuilder();
        foreach (var (entities, kind) in tablesContent)
        {
            foreach (var entity in entities)
            {
                line.Clear().Append(kind).Append('\u001e').Append(entity.PartitionKey).Append('\u001e').Append(entity.RowKey);
                foreach (var (name, value) in EntityPayload.Payload(entity))
                {
                    line.Append('\u001f').Append(name).Append('=').Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                }

                hash.AppendData(Encoding.UTF8.GetBytes(line.Append('\n').ToString()));
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
