namespace Compatibility.Storage.Configuration;

/// <summary>
/// Section <c>Catalogue</c> (<c>Catalogue__ConnectionString</c>, <c>Catalogue__TableServiceUri</c>, …), the same
/// for the Functions app, the DevServer and the CLI. With neither storage setting the embedded catalogue serves.
/// </summary>
public sealed class CatalogueOptions
{
    public const string SectionName = "Catalogue";

    /// <summary>Storage connection string with a key: Azurite and development only.</summary>
    public string? ConnectionString { get; set; }

    /// <summary><c>https://{account}.table.core.windows.net</c>; authenticates with <c>DefaultAzureCredential</c> (managed identity), no keys.</summary>
    public string? TableServiceUri { get; set; }

    /// <summary>Prepended to the table names (letters and digits only), so several catalogues can share one account.</summary>
    public string TablePrefix { get; set; } = "Catalogue";

    /// <summary>How often the serving snapshot is reloaded from storage.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Total time one snapshot load may take (all pages of all tables), owned by the Polly pipeline.</summary>
    public TimeSpan SnapshotLoadTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Total time one write (an admin write or one import transaction) may take, SDK retry included.</summary>
    public TimeSpan WriteTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The SDK's per-request network timeout; one try, not the total.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The SDK's own retries, kept low: Polly owns the total time, the breaker and the fallback.</summary>
    public int SdkMaxRetries { get; set; } = 1;

    public TimeSpan SdkRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long the circuit stays open before one trial call is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failure ratio within <see cref="BreakerSamplingDuration"/> that opens the circuit.</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;

    public int BreakerMinimumThroughput { get; set; } = 4;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How many partitions the import reads and writes at once.</summary>
    public int ImportParallelism { get; set; } = 8;

    public bool IsStorageConfigured => !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(TableServiceUri);
}
