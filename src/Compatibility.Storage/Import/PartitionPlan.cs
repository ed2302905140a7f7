using Azure.Data.Tables;
using Compatibility.Storage.Tables;

namespace Compatibility.Storage.Import;

/// <summary>The writes one partition needs to match the seeds: computed by comparing, so equal rows are never written.</summary>
internal sealed record PartitionPlan(List<TableTransactionAction> Actions, int Added, int Updated, int Unchanged, int Deleted)
{
    public static PartitionPlan Compare(IReadOnlyList<TableEntity> desired, IReadOnlyList<TableEntity> existing, bool prune)
    {
        var existingByRow = existing.ToDictionary(e => e.RowKey, StringComparer.Ordinal);
        var actions = new List<TableTransactionAction>();
        int added = 0, updated = 0, unchanged = 0, deleted = 0;
        foreach (var entity in desired)
        {
            if (!existingByRow.Remove(entity.RowKey, out var current))
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, entity));
                added++;
            }
            else if (EntityPayload.Same(entity, current))
            {
                unchanged++;
            }
            else
            {
                // Replace only the version we compared against; a concurrent change fails the batch and we compare again.
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, current.ETag));
                updated++;
            }
        }

        if (prune)
        {
            foreach (var stale in existingByRow.Values)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, stale, stale.ETag));
                deleted++;
            }
        }

        return new PartitionPlan(actions, added, updated, unchanged, deleted);
    }
}
