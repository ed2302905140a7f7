using System.Text.Json.Nodes;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>The app reaches storage and telemetry by identity: its settings name endpoints and identities, never keys.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class AppSettingsTests(CompiledInfrastructure infrastructure)
{
    // Markers of a storage key, SAS token or key-bearing connection string.
    private static readonly string[] SecretMarkers =
    [
        "AccountKey", "SharedAccessSignature", "SharedAccessKey", "DefaultEndpointsProtocol", "sig=", "listKeys(", "listkeys(", "Password",
    ];

    private Dictionary<string, string> Settings()
    {
        var site = infrastructure.Main.Single("Microsoft.Web/sites");
        return site.Properties["siteConfig"]!["appSettings"]!.AsArray()
            .Select(s => s!.AsObject())
            .ToDictionary(s => s["name"]!.GetValue<string>(), s => s["value"]!.GetValue<string>());
    }

    [Fact]
    public void Catalogue_is_read_from_the_table_endpoint() =>
        Assert.Equal("[reference('storage').primaryEndpoints.table]", Settings()["Catalogue__TableServiceUri"]);

    [Fact]
    public void Catalogue_table_prefix_is_the_one_the_tables_were_created_with()
    {
        var site = infrastructure.Main.Single("Microsoft.Web/sites");

        Assert.Equal("[parameters('catalogueTablePrefix')]", Settings()["Catalogue__TablePrefix"]);
        Assert.Equal("[variables('catalogueTablePrefix')]", site.Deployment!.Parameter("catalogueTablePrefix")!.GetValue<string>());
    }

    [Fact]
    public void Host_storage_is_identity_based()
    {
        var settings = Settings();

        Assert.Equal("[parameters('storageAccountName')]", settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("[parameters('identityClientId')]", settings["AzureWebJobsStorage__clientId"]);
        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
    }

    [Fact]
    public void Default_credential_uses_the_app_identity() =>
        Assert.Equal("[parameters('identityClientId')]", Settings()["AZURE_CLIENT_ID"]);

    [Fact]
    public void Telemetry_authenticates_with_entra_id()
    {
        var settings = Settings();

        Assert.Equal("[format('ClientId={0};Authorization=AAD', parameters('identityClientId'))]", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        // The App Insights connection string names the ingestion endpoint only; local auth is off, so it cannot ingest on its own.
        Assert.Equal("[reference('applicationInsights').ConnectionString]", settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
    }

    [Fact]
    public void No_setting_carries_a_key_secret_or_storage_connection_string()
    {
        foreach (var (name, value) in Settings())
        {
            Assert.All(SecretMarkers, marker => Assert.DoesNotContain(marker, value, StringComparison.OrdinalIgnoreCase));
            if (name != "APPLICATIONINSIGHTS_CONNECTION_STRING")
            {
                Assert.DoesNotContain("ConnectionString", name, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("CONNECTION_STRING", name, StringComparison.OrdinalIgnoreCase);
            }

            Assert.DoesNotContain("Key", name.Replace("__clientId", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Secret", name, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Flex_consumption_settings_that_the_platform_rejects_are_absent()
    {
        // On Flex Consumption the runtime lives in functionAppConfig; these settings make the deployment fail.
        var settings = Settings();

        Assert.DoesNotContain("FUNCTIONS_WORKER_RUNTIME", settings.Keys);
        Assert.DoesNotContain("FUNCTIONS_EXTENSION_VERSION", settings.Keys);
        Assert.DoesNotContain("WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", settings.Keys);
    }

    [Fact]
    public void The_whole_template_never_reads_a_storage_key()
    {
        var json = infrastructure.Main.Json.ToJsonString();

        Assert.DoesNotContain("listKeys", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AccountKey", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("listAccountSas", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Setting_names_are_unique()
    {
        var site = infrastructure.Main.Single("Microsoft.Web/sites");
        var names = site.Properties["siteConfig"]!["appSettings"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(site.Properties["siteConfig"]!["appSettings"]!.AsArray(), s => Assert.IsType<JsonObject>(s));
    }
}
