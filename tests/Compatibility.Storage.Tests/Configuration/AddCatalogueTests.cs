using Compatibility.Core.Admin;
using Compatibility.Core.Catalogue;
using Compatibility.Storage.Admin;
using Compatibility.Storage.Configuration;
using Compatibility.Storage.Snapshots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Compatibility.Storage.Tests.Configuration;

public sealed class AddCatalogueTests
{
    private static IServiceCollection Register(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        return new ServiceCollection().AddLogging().AddCatalogue(configuration);
    }

    [Fact]
    public void Without_storage_settings_the_embedded_catalogue_serves_and_admin_is_unavailable()
    {
        var services = Register();

        Assert.Equal(typeof(EmbeddedCatalogueProvider), services.Single(d => d.ServiceType == typeof(ICatalogueProvider)).ImplementationType);
        Assert.Equal(typeof(UnconfiguredAdminStore), services.Single(d => d.ServiceType == typeof(ICatalogueAdminStore)).ImplementationType);
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Theory]
    [InlineData("Catalogue:ConnectionString", "UseDevelopmentStorage=true")]
    [InlineData("Catalogue:TableServiceUri", "https://example.table.core.windows.net")]
    public void With_either_storage_setting_the_table_provider_serves_and_refreshes(string key, string value)
    {
        using var provider = Register((key, value)).BuildServiceProvider();

        Assert.IsType<TableCatalogueProvider>(provider.GetRequiredService<ICatalogueProvider>());
        Assert.IsType<CatalogueAdminStore>(provider.GetRequiredService<ICatalogueAdminStore>());
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is CatalogueRefreshService);
    }

    [Fact]
    public void A_provider_registered_earlier_by_the_api_is_replaced_not_doubled()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([KeyValuePair.Create("Catalogue:ConnectionString", (string?)"UseDevelopmentStorage=true")])
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<ICatalogueProvider, EmbeddedCatalogueProvider>();

        services.AddCatalogue(configuration);

        Assert.Single(services, d => d.ServiceType == typeof(ICatalogueProvider));
    }

    [Fact]
    public void Options_bind_from_the_catalogue_section()
    {
        using var provider = Register(("Catalogue:ConnectionString", "UseDevelopmentStorage=true"), ("Catalogue:RefreshInterval", "00:00:30"), ("Catalogue:TablePrefix", "Clinic"))
            .BuildServiceProvider();
        var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CatalogueOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(30), options.RefreshInterval);
        Assert.Equal("Clinic", options.TablePrefix);
        Assert.True(options.IsStorageConfigured);
    }
}
