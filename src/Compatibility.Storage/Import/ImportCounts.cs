namespace Compatibility.Storage.Import;

/// <summary>What an import did to one table.</summary>
public sealed record ImportCounts(string Table, int Added, int Updated, int Unchanged, int Deleted)
{
    public bool HasChanges => Added + Updated + Deleted > 0;

    public override string ToString() => $"{Table}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Deleted} deleted";
}
