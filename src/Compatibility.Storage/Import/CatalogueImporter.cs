using System.Collections.Concurrent;
using Azure;
using Azure.Data.Tables;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Polly;

namespace Compatibility.Storage.Import;

/// <summary>
/// Imports <see cref="SeedData"/> into the tables. Idempotent: each partition is read, compared with the seeds,
/// and only differing rows are written, in transactions of at most 100 entities (Azure's limit for one
/// single-partition batch). Partitions run in parallel, bounded. Each transaction goes through the write
/// pipeline (total timeout, breaker). A batch that fails with 409/412 (someone else wrote, or our own earlier
/// try landed before the SDK retried it) makes that partition be read and compared again.
/// <para>
/// An import is a generation switch on the meta row: before its first row write it marks the meta row
/// <c>running</c>, and only after its last one <c>complete</c> with the new seed version. A snapshot load accepts the
/// tables only when the meta row said <c>complete</c>, with the same ETag, before and after it read them, so an
/// import that is killed at any point (or still running) is never served: a refresh keeps the last good snapshot.
/// </para>
/// </summary>
public sealed class CatalogueImporter(CatalogueTables tables, ResiliencePipeline writePipeline, int parallelism = 8)
{
    public const int MaxBatchSize = 100;

    /// <summary>Transaction body per batch as <see cref="TransactionSize"/> bounds it: under Azure's 4 MiB (4,194,304 bytes) limit.</summary>
    public const int MaxBatchBytes = 3_500_000;
    private const int MaxPartitionPasses = 3;

    public async Task<ImportReport> ImportAsync(SeedData seed, bool prune, CancellationToken cancellationToken)
    {
        await writePipeline.ExecuteAsync(async ct => await tables.CreateIfNotExistsAsync(ct), cancellationToken);
        await MarkRunningAsync(cancellationToken);

        var transactions = new TransactionCounter();
        var counts = new List<ImportCounts>
        {
            await ImportAsync(tables.Ingredients, IngredientMapper.Instance, seed.Catalogue.Ingredients, prune, transactions, cancellationToken),
            await ImportAsync(tables.Protocols, ProtocolMapper.Instance, seed.Protocols, prune, transactions, cancellationToken),
            await ImportAsync(tables.Products, ProductMapper.Instance, seed.Products, prune, transactions, cancellationToken),
        };
        await WriteSeedVersionAsync(seed.Catalogue.Version, cancellationToken);
        return new ImportReport(counts, transactions.Count);
    }

    public async Task<ImportCounts> ImportAsync<T>(
        TableClient table,
        IEntityMapper<T> mapper,
        IReadOnlyList<T> items,
        bool prune,
        TransactionCounter transactions,
        CancellationToken cancellationToken)
    {
        var desired = items
            .Select(mapper.ToEntity)
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<TableEntity>)g.ToList(), StringComparer.Ordinal);
        foreach (var unknown in desired.Keys.Except(mapper.Partitions, StringComparer.Ordinal))
        {
            throw new InvalidOperationException($"{mapper.Kind}: partition '{unknown}' is outside the table's partition set.");
        }

        var plans = new ConcurrentBag<PartitionPlan>();
        await Parallel.ForEachAsync(
            mapper.Partitions,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (partition, ct) => plans.Add(await ImportPartitionAsync(table, partition, desired.GetValueOrDefault(partition) ?? [], prune, transactions, ct)));

        return new ImportCounts(mapper.Kind, plans.Sum(p => p.Added), plans.Sum(p => p.Updated), plans.Sum(p => p.Unchanged), plans.Sum(p => p.Deleted));
    }

    private async Task<PartitionPlan> ImportPartitionAsync(
        TableClient table,
        string partition,
        IReadOnlyList<TableEntity> desired,
        bool prune,
        TransactionCounter transactions,
        CancellationToken cancellationToken)
    {
        PartitionPlan? first = null;
        for (var pass = 1; ; pass++)
        {
            var existing = await writePipeline.ExecuteAsync(
                async ct => await TableSnapshotLoader.ReadPartitionAsync(table, partition, ct), cancellationToken);
            var plan = PartitionPlan.Compare(desired, existing, prune);
            first ??= plan; // The report counts what this run found to do, not what a re-compare found left over.
            try
            {
                foreach (var batch in Batches(plan.Actions))
                {
                    await writePipeline.ExecuteAsync(async ct => await table.SubmitTransactionAsync(batch, ct), cancellationToken);
                    transactions.Increment();
                }

                return first;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 or 404 && pass < MaxPartitionPasses)
            {
                // Some rows changed since we compared (or an earlier try of ours landed): compare again.
            }
        }
    }

    /// <summary>
    /// Transactions of at most <see cref="MaxBatchSize"/> entities and <see cref="MaxBatchBytes"/> of body: Azure refuses a
    /// transaction body over 4 MiB, and a protocol row is about 60 KB as ASCII, several times that as escaped non-ASCII.
    /// </summary>
    private static IEnumerable<List<TableTransactionAction>> Batches(List<TableTransactionAction> actions)
    {
        var batch = new List<TableTransactionAction>(MaxBatchSize);
        var bytes = 0L;
        foreach (var action in actions)
        {
            var size = TransactionSize.Of((TableEntity)action.Entity);
            if (batch.Count > 0 && (batch.Count == MaxBatchSize || bytes + size > MaxBatchBytes))
            {
                yield return batch;
                batch = new List<TableTransactionAction>(MaxBatchSize);
                bytes = 0;
            }

            batch.Add(action);
            bytes += size;
        }

        if (batch.Count > 0) yield return batch;
    }

    private async Task MarkRunningAsync(CancellationToken cancellationToken)
    {
        var meta = new TableEntity(CatalogueTables.MetaPartitionKey, CatalogueTables.MetaRowKey)
        {
            [CatalogueTables.ImportStateProperty] = CatalogueTables.ImportRunning,
        };
        await writePipeline.ExecuteAsync(async ct => await tables.Ingredients.UpsertEntityAsync(meta, TableUpdateMode.Replace, ct), cancellationToken);
    }

    // Always written, even when nothing changed: it is the switch that ends the "running" state.
    private async Task WriteSeedVersionAsync(string version, CancellationToken cancellationToken)
    {
        var meta = new TableEntity(CatalogueTables.MetaPartitionKey, CatalogueTables.MetaRowKey)
        {
            [CatalogueTables.SeedVersionProperty] = version,
            [CatalogueTables.ImportStateProperty] = CatalogueTables.ImportComplete,
        };
        await writePipeline.ExecuteAsync(async ct => await tables.Ingredients.UpsertEntityAsync(meta, TableUpdateMode.Replace, ct), cancellationToken);
    }
}
