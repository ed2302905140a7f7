namespace Compatibility.Infra.Tests.Templates;

/// <summary>Telemetry goes to a workspace-based Application Insights that accepts only Entra-authenticated ingestion.</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class MonitoringTests(CompiledInfrastructure infrastructure)
{
    [Fact]
    public void Application_insights_local_auth_is_off()
    {
        var insights = infrastructure.Main.OfType("Microsoft.Insights/components").Single(r => r.Json["existing"] is null);

        Assert.True(insights.Properties["DisableLocalAuth"]!.GetValue<bool>());
    }

    [Fact]
    public void Application_insights_is_backed_by_the_log_analytics_workspace()
    {
        var insights = infrastructure.Main.OfType("Microsoft.Insights/components").Single(r => r.Json["existing"] is null);

        Assert.Equal("[resourceId('Microsoft.OperationalInsights/workspaces', parameters('logAnalyticsName'))]", insights.Properties["WorkspaceResourceId"]!.GetValue<string>());
        Assert.Equal("LogAnalytics", insights.Properties["IngestionMode"]!.GetValue<string>());
    }

    [Fact]
    public void Log_analytics_accepts_only_entra_auth_and_keeps_logs_as_configured()
    {
        var workspace = infrastructure.Main.Single("Microsoft.OperationalInsights/workspaces");

        Assert.True(workspace.Properties["features"]!["disableLocalAuth"]!.GetValue<bool>());
        Assert.Equal("[parameters('retentionInDays')]", workspace.Properties["retentionInDays"]!.GetValue<string>());
        Assert.Equal("[parameters('logRetentionInDays')]", workspace.Deployment!.Parameter("retentionInDays")!.GetValue<string>());
    }
}
