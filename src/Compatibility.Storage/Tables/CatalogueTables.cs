using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Compatibility.Storage.Configuration;
using Compatibility.Storage.Resilience;

namespace Compatibility.Storage.Tables;

/// <summary>The catalogue's three tables (and the meta row that names the imported seed version).</summary>
public sealed class CatalogueTables
{
    /// <summary>Meta row in the ingredients table: outside the hash buckets, so ingredient queries never see it.</summary>
    public const string MetaPartitionKey = "meta";
    public const string MetaRowKey = "catalogue";
    public const string SeedVersionProperty = "SeedVersion";

    /// <summary>
    /// On the meta row: <see cref="ImportRunning"/> from the first write of an import until its last, then
    /// <see cref="ImportComplete"/>. A meta row from before this property existed (no state) counts as complete.
    /// </summary>
    public const string ImportStateProperty = "ImportState";

    public const string ImportRunning = "running";

    public const string ImportComplete = "complete";

    public CatalogueTables(TableServiceClient service, string prefix)
    {
        Service = service;
        Ingredients = service.GetTableClient(prefix + "Ingredients");
        Protocols = service.GetTableClient(prefix + "Protocols");
        Products = service.GetTableClient(prefix + "Products");
    }

    public TableServiceClient Service { get; }

    public TableClient Ingredients { get; }

    public TableClient Protocols { get; }

    public TableClient Products { get; }

    public IEnumerable<TableClient> All => [Ingredients, Protocols, Products];

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        foreach (var table in All)
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Builds the clients from configuration: a connection string (Azurite, development) or the table service
    /// URI with <c>DefaultAzureCredential</c>. The SDK's own retry is cut to <see cref="CatalogueOptions.SdkMaxRetries"/>
    /// short tries with a per-try network timeout; the Polly pipelines own the total time and the breaker.
    /// </summary>
    public static CatalogueTables Create(CatalogueOptions options, IEnumerable<HttpPipelinePolicy>? perRetryPolicies = null)
    {
        var clientOptions = ClientOptionsFor(options);
        clientOptions.AddPolicy(StorageAttempts.Policy, HttpPipelinePosition.PerRetry);
        foreach (var policy in perRetryPolicies ?? [])
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        var service = !string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new TableServiceClient(options.ConnectionString, clientOptions)
            : new TableServiceClient(
                new Uri(options.TableServiceUri ?? throw new InvalidOperationException("Set Catalogue:ConnectionString or Catalogue:TableServiceUri.")),
                new DefaultAzureCredential(),
                clientOptions);
        return new CatalogueTables(service, options.TablePrefix);
    }

    public static TableClientOptions ClientOptionsFor(CatalogueOptions options)
    {
        var clientOptions = new TableClientOptions();
        clientOptions.Retry.MaxRetries = options.SdkMaxRetries;
        clientOptions.Retry.Mode = RetryMode.Fixed;
        clientOptions.Retry.Delay = options.SdkRetryDelay;
        clientOptions.Retry.MaxDelay = options.SdkRetryDelay;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        return clientOptions;
    }
}
