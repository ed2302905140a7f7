namespace Compatibility.Storage.Import;

/// <summary>What an import did to every table, and how many transactions it took.</summary>
public sealed record ImportReport(IReadOnlyList<ImportCounts> Tables, int Transactions)
{
    public bool HasChanges => Tables.Any(t => t.HasChanges);

    public ImportCounts For(string table) => Tables.Single(t => t.Table == table);
}
