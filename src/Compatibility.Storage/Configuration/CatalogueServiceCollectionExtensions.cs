using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Registry;

namespace Compatibility.Storage.Configuration;

/// <summary>Registers the catalogue source for a host; the Functions app, the DevServer and the CLI call the same method.</summary>
public static class CatalogueServiceCollectionExtensions
{
    /// <summary>
    /// With neither <c>Catalogue:ConnectionString</c> nor <c>Catalogue:TableServiceUri</c>: the embedded catalogue
    /// (source <c>embedded</c>) and a read-only admin store. With one: the table-backed provider, refreshed by a
    /// hosted service, the named Polly pipelines and the admin store over the tables.
    /// </summary>
    public static IServiceCollection AddCatalogue(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CatalogueOptions.SectionName);
        services.AddOptions<CatalogueOptions>().Bind(section);
        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<ICatalogueProvider>();
        services.RemoveAll<ICatalogueAdminStore>();

        var options = section.Get<CatalogueOptions>() ?? new CatalogueOptions();
        if (!options.IsStorageConfigured)
        {
            services.AddSingleton<ICatalogueProvider, EmbeddedCatalogueProvider>();
            services.AddSingleton<ICatalogueAdminStore, UnconfiguredAdminStore>();
            return services;
        }

        services.AddCataloguePipelines();
        services.TryAddSingleton(sp => CatalogueTables.Create(sp.GetRequiredService<IOptions<CatalogueOptions>>().Value));
        services.AddSingleton(sp => new TableSnapshotLoader(sp.GetRequiredService<CatalogueTables>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new TableCatalogueProvider(
            sp.GetRequiredService<TableSnapshotLoader>(),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline<SnapshotLoadOutcome>(CataloguePipelines.SnapshotRead),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<TableCatalogueProvider>>()));
        services.AddSingleton<ICatalogueProvider>(sp => sp.GetRequiredService<TableCatalogueProvider>());
        services.AddHostedService<CatalogueRefreshService>();
        services.AddSingleton<ICatalogueAdminStore>(sp => new CatalogueAdminStore(
            sp.GetRequiredService<CatalogueTables>(),
            sp.GetRequiredService<ResiliencePipelineProvider<string>>().GetPipeline(CataloguePipelines.StorageWrite)));
        return services;
    }
}
