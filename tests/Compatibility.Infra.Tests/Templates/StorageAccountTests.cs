using Compatibility.Infra.Tests.Arm;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>The storage account is reachable only by Entra ID over TLS 1.2+ HTTPS, and nothing in it is public.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class StorageAccountTests(CompiledInfrastructure infrastructure)
{
    private ArmResource Account => infrastructure.Main.OfType("Microsoft.Storage/storageAccounts")
        .Single(r => r.Json["existing"] is null);

    [Fact]
    public void Shared_key_access_is_disabled() =>
        Assert.False(Account.Properties["allowSharedKeyAccess"]!.GetValue<bool>());

    [Fact]
    public void Minimum_tls_is_1_2() =>
        Assert.Equal("TLS1_2", Account.Properties["minimumTlsVersion"]!.GetValue<string>());

    [Fact]
    public void Only_https_is_accepted() =>
        Assert.True(Account.Properties["supportsHttpsTrafficOnly"]!.GetValue<bool>());

    [Fact]
    public void Blobs_can_never_be_public()
    {
        Assert.False(Account.Properties["allowBlobPublicAccess"]!.GetValue<bool>());
        Assert.All(
            infrastructure.Main.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"),
            container => Assert.Equal("None", container.Properties["publicAccess"]!.GetValue<string>()));
    }

    [Fact]
    public void Portal_and_tools_default_to_entra_auth() =>
        Assert.True(Account.Properties["defaultToOAuthAuthentication"]!.GetValue<bool>());

    [Fact]
    public void The_catalogue_tables_are_created_with_the_apps_table_prefix()
    {
        var tables = infrastructure.Main.Single("Microsoft.Storage/storageAccounts/tableServices/tables");
        var names = ArmTemplate.Resolve(tables.Deployment!.Parameter("tableNames"), null, tables.Deployment.Parent)!
            .AsArray().Select(n => n!.GetValue<string>());
        var prefix = infrastructure.Main.Variables["catalogueTablePrefix"]!.GetValue<string>();

        // Names as Compatibility.Storage builds them: prefix + Ingredients / Protocols / Products.
        Assert.Equal("Catalogue", prefix);
        Assert.Equal(
            ["[format('{0}Ingredients', variables('catalogueTablePrefix'))]", "[format('{0}Protocols', variables('catalogueTablePrefix'))]", "[format('{0}Products', variables('catalogueTablePrefix'))]"],
            names);
        Assert.Contains("parameters('tableNames')[copyIndex()]", tables.Json["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_blob_container_holds_the_deployment_packages()
    {
        var container = infrastructure.Main.Single("Microsoft.Storage/storageAccounts/blobServices/containers");
        var site = infrastructure.Main.Single("Microsoft.Web/sites");

        // The storage module and the app module get the container name from the same main-template variable.
        Assert.Equal("[variables('deploymentContainerName')]", container.Deployment!.Parameter("deploymentContainerName")!.GetValue<string>());
        Assert.Equal("[variables('deploymentContainerName')]", site.Deployment!.Parameter("deploymentContainerName")!.GetValue<string>());
        Assert.Contains("app-package-", infrastructure.Main.Variables["deploymentContainerName"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
