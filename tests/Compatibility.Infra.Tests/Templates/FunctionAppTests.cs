using Compatibility.Infra.Tests.Arm;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>The Function App: Flex Consumption, .NET 10 isolated, identity-based deployment, locked-down transport and CORS.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class FunctionAppTests(CompiledInfrastructure infrastructure)
{
    private ArmResource Site => infrastructure.Main.Single("Microsoft.Web/sites");

    [Fact]
    public void Runs_on_a_flex_consumption_plan()
    {
        var plan = infrastructure.Main.Single("Microsoft.Web/serverfarms");

        Assert.Equal("FC1", plan.At("sku", "name")!.GetValue<string>());
        Assert.Equal("FlexConsumption", plan.At("sku", "tier")!.GetValue<string>());
        Assert.True(plan.Properties["reserved"]!.GetValue<bool>());
        Assert.Equal("[reference('plan').outputs.id.value]", Site.Deployment!.Parameter("planId")!.GetValue<string>());
    }

    [Fact]
    public void Is_a_linux_function_app() =>
        Assert.Equal("functionapp,linux", Site.Json["kind"]!.GetValue<string>());

    [Fact]
    public void Runtime_is_dotnet_isolated_10()
    {
        var runtime = Site.Properties["functionAppConfig"]!["runtime"]!;

        Assert.Equal("dotnet-isolated", runtime["name"]!.GetValue<string>());
        Assert.Equal("10.0", runtime["version"]!.GetValue<string>());
    }

    [Fact]
    public void Has_a_user_assigned_managed_identity()
    {
        var identity = Site.Json["identity"]!;

        Assert.Equal("UserAssigned", identity["type"]!.GetValue<string>());
        var key = Assert.Single(identity["userAssignedIdentities"]!.AsObject()).Key;
        Assert.Equal("[format('{0}', parameters('identityId'))]", key);
        Assert.Equal("[reference('identity').outputs.id.value]", Site.Deployment!.Parameter("identityId")!.GetValue<string>());
    }

    [Fact]
    public void Deployment_package_storage_is_reached_by_identity()
    {
        var storage = Site.Properties["functionAppConfig"]!["deployment"]!["storage"]!;

        Assert.Equal("blobContainer", storage["type"]!.GetValue<string>());
        Assert.Contains("primaryEndpoints.blob", storage["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("parameters('deploymentContainerName')", storage["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("UserAssignedIdentity", storage["authentication"]!["type"]!.GetValue<string>());
        Assert.Equal("[parameters('identityId')]", storage["authentication"]!["userAssignedIdentityResourceId"]!.GetValue<string>());
        Assert.Null(storage["authentication"]!["storageAccountConnectionStringName"]);
    }

    [Fact]
    public void Always_ready_instances_and_scale_come_from_parameters()
    {
        var scale = Site.Properties["functionAppConfig"]!["scaleAndConcurrency"]!;

        Assert.Equal("[parameters('maximumInstanceCount')]", scale["maximumInstanceCount"]!.GetValue<string>());
        Assert.Equal("[parameters('instanceMemoryMB')]", scale["instanceMemoryMB"]!.GetValue<string>());
        var alwaysReady = scale["alwaysReady"]!.GetValue<string>();
        Assert.Contains("parameters('alwaysReadyInstanceCount')", alwaysReady, StringComparison.Ordinal);
        Assert.Contains("'http'", alwaysReady, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_https_with_tls_1_2_and_no_ftp()
    {
        Assert.True(Site.Properties["httpsOnly"]!.GetValue<bool>());
        var siteConfig = Site.Properties["siteConfig"]!;
        Assert.Equal("1.2", siteConfig["minTlsVersion"]!.GetValue<string>());
        Assert.Equal("Disabled", siteConfig["ftpsState"]!.GetValue<string>());
    }

    [Fact]
    public void Publishing_with_basic_credentials_is_off()
    {
        var policies = infrastructure.Main.OfType("Microsoft.Web/sites/basicPublishingCredentialsPolicies").ToList();

        Assert.Equal(2, policies.Count);
        Assert.All(policies, p => Assert.False(p.Properties["allow"]!.GetValue<bool>()));
    }

    [Fact]
    public void Cors_lists_the_parameterised_origins_and_never_a_wildcard()
    {
        var cors = Site.Properties["siteConfig"]!["cors"]!;

        Assert.Equal("[variables('corsOrigins')]", cors["allowedOrigins"]!.GetValue<string>());
        var filter = Site.Deployment!.Template["variables"]!["corsOrigins"]!.GetValue<string>();
        Assert.Contains("parameters('allowedOrigins')", filter, StringComparison.Ordinal);
        Assert.Contains("not(equals(lambdaVariables('origin'), '*'))", filter, StringComparison.Ordinal);
        Assert.False(cors["supportCredentials"]!.GetValue<bool>());
        Assert.Equal("[parameters('allowedOrigins')]", Site.Deployment.Parameter("allowedOrigins")!.GetValue<string>());
    }

    [Fact]
    public void Is_tagged_for_azd_as_the_api_service()
    {
        var tags = Site.Deployment!.Parameter("tags")!.GetValue<string>();

        Assert.Contains("createObject('azd-service-name', 'api')", tags, StringComparison.Ordinal);
    }
}
