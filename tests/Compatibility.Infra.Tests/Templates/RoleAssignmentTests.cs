namespace Compatibility.Infra.Tests.Templates;

/// <summary>Who may do what: the app identity and the deployer get exactly the data roles they need, on the one resource they need them on.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class RoleAssignmentTests(CompiledInfrastructure infrastructure)
{
    private const string AppIdentity = "[reference('identity').outputs.principalId.value]";
    private const string Deployer = "[parameters('principalId')]";
    private const string StorageAccount = "[reference('storage').outputs.name.value]";
    private const string ApplicationInsights = "[reference('monitoring').outputs.applicationInsightsName.value]";

    private IReadOnlyList<RoleAssignment> Assignments => RoleAssignment.All(infrastructure.Main);

    private IEnumerable<string> RolesOf(string principal, string scopeType, string scopeName) =>
        Assignments.Where(a => a.Principal == principal && a.ScopeType == scopeType && a.ScopeName == scopeName).SelectMany(a => a.RoleIds);

    [Fact]
    public void App_identity_can_read_and_write_the_catalogue_tables() =>
        Assert.Contains(BuiltInRoles.StorageTableDataContributor, RolesOf(AppIdentity, "Microsoft.Storage/storageAccounts", StorageAccount));

    [Fact]
    public void App_identity_owns_blobs_for_the_deployment_package_and_host_state() =>
        Assert.Contains(BuiltInRoles.StorageBlobDataOwner, RolesOf(AppIdentity, "Microsoft.Storage/storageAccounts", StorageAccount));

    [Fact]
    public void App_identity_can_use_queues_for_the_host() =>
        Assert.Contains(BuiltInRoles.StorageQueueDataContributor, RolesOf(AppIdentity, "Microsoft.Storage/storageAccounts", StorageAccount));

    [Fact]
    public void App_identity_publishes_telemetry_to_application_insights() =>
        Assert.Equal([BuiltInRoles.MonitoringMetricsPublisher], RolesOf(AppIdentity, "Microsoft.Insights/components", ApplicationInsights));

    [Fact]
    public void Deployer_gets_only_table_data_access_and_only_when_named()
    {
        var deployer = Assert.Single(Assignments, a => a.Principal == Deployer);

        Assert.Equal([BuiltInRoles.StorageTableDataContributor], deployer.RoleIds);
        Assert.Equal("Microsoft.Storage/storageAccounts", deployer.ScopeType);
        Assert.Equal(StorageAccount, deployer.ScopeName);
        Assert.Equal("[not(empty(parameters('principalId')))]", deployer.ModuleCondition);
    }

    [Fact]
    public void Every_assignment_is_scoped_to_one_resource_not_a_group_or_subscription() =>
        Assert.All(Assignments, a => Assert.True(
            a.ScopeType is "Microsoft.Storage/storageAccounts" or "Microsoft.Insights/components",
            $"unexpected scope {a.ScopeType}"));

    [Fact]
    public void Role_definitions_are_referenced_as_subscription_role_definitions() =>
        Assert.All(Assignments, a => Assert.StartsWith(
            "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', ",
            a.Resource.Properties["roleDefinitionId"]!.GetValue<string>(),
            StringComparison.Ordinal));

    [Fact]
    public void No_broad_control_plane_role_is_granted()
    {
        var granted = Assignments.SelectMany(a => a.RoleIds).ToHashSet();

        Assert.DoesNotContain(BuiltInRoles.Owner, granted);
        Assert.DoesNotContain(BuiltInRoles.Contributor, granted);
        Assert.DoesNotContain(BuiltInRoles.StorageAccountContributor, granted);
        Assert.Subset(
            new HashSet<string> { BuiltInRoles.StorageBlobDataOwner, BuiltInRoles.StorageQueueDataContributor, BuiltInRoles.StorageTableDataContributor, BuiltInRoles.MonitoringMetricsPublisher },
            granted);
    }

    [Fact]
    public void Assignment_names_are_stable_per_scope_principal_and_role() =>
        Assert.All(Assignments, a => Assert.StartsWith("[guid(resourceId(", a.Resource.Json["name"]!.GetValue<string>(), StringComparison.Ordinal));

    [Fact]
    public void App_identity_principals_are_service_principals() =>
        Assert.All(
            Assignments.Where(a => a.Principal == AppIdentity),
            a => Assert.Equal(
                "ServicePrincipal",
                Arm.ArmTemplate.Resolve(a.Resource.Properties["principalType"], a.Resource.Deployment, new Arm.ArmTemplate(a.Resource.Deployment!.Template))!.GetValue<string>()));

    [Fact]
    public void The_app_starts_only_after_its_roles_exist()
    {
        var app = infrastructure.Main.OwnResources().Single(r => r.Name == "functionApp").Resource;
        var dependsOn = app["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();

        Assert.Contains("appStorageRoles", dependsOn);
        Assert.Contains("appTelemetryRole", dependsOn);
    }
}
