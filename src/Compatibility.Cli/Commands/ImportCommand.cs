using Compatibility.Storage.Configuration;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Polly;

namespace Compatibility.Cli.Commands;

/// <summary>
/// <c>import [--connection-string CS | --table-service-uri URI] [--table-prefix P] [--prune] [--verify-load]</c>:
/// writes the embedded seeds (catalogue, protocols, products) to Table Storage, idempotently, and prints what
/// changed. Settings fall back to <c>Catalogue__ConnectionString</c> / <c>Catalogue__TableServiceUri</c>.
/// </summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(ToSettings(args, out var prune, out var verifyLoad, out var error))
            .Build();
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: import [--connection-string CS | --table-service-uri URI] [--table-prefix PREFIX] [--prune] [--verify-load]");
            return 2;
        }

        var options = configuration.GetSection(CatalogueOptions.SectionName).Get<CatalogueOptions>() ?? new CatalogueOptions();
        if (!options.IsStorageConfigured)
        {
            Console.Error.WriteLine("Set --connection-string or --table-service-uri (or Catalogue__ConnectionString / Catalogue__TableServiceUri).");
            return 2;
        }

        var time = TimeProvider.System;
        var tables = CatalogueTables.Create(options);
        var pipeline = CataloguePipelines.ConfigureWrite(new ResiliencePipelineBuilder { TimeProvider = time }, options).Build();
        var seed = SeedData.LoadEmbedded();

        var started = time.GetTimestamp();
        var report = await new CatalogueImporter(tables, pipeline, options.ImportParallelism).ImportAsync(seed, prune, CancellationToken.None);
        var importTime = time.GetElapsedTime(started);
        foreach (var counts in report.Tables)
        {
            Console.WriteLine(counts);
        }

        Console.WriteLine($"{report.Transactions} transactions in {importTime.TotalSeconds:F2} s; {(report.HasChanges ? "changes written" : "no changes")}.");

        if (verifyLoad)
        {
            started = time.GetTimestamp();
            var snapshot = await new TableSnapshotLoader(tables, time).LoadAsync(null, CancellationToken.None);
            Console.WriteLine($"Snapshot {snapshot.Version}: {snapshot.Ingredients.Count} ingredients, {snapshot.Products.Count} products, {snapshot.Protocols.Count} protocols loaded in {time.GetElapsedTime(started).TotalSeconds:F2} s.");
        }

        return 0;
    }

    private static Dictionary<string, string?> ToSettings(string[] args, out bool prune, out bool verifyLoad, out string? error)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        prune = verifyLoad = false;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--prune": prune = true; break;
                case "--verify-load": verifyLoad = true; break;
                case "--connection-string" or "--table-service-uri" or "--table-prefix" when i + 1 < args.Length:
                    var key = args[i] switch
                    {
                        "--connection-string" => nameof(CatalogueOptions.ConnectionString),
                        "--table-service-uri" => nameof(CatalogueOptions.TableServiceUri),
                        _ => nameof(CatalogueOptions.TablePrefix),
                    };
                    settings[$"{CatalogueOptions.SectionName}:{key}"] = args[++i];
                    break;
                default:
                    error = $"Unknown or incomplete option '{args[i]}'.";
                    return settings;
            }
        }

        return settings;
    }
}
