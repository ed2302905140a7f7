namespace Compatibility.Infra.Tests.Templates;

/// <summary>Azure built-in role definition ids (identical in every tenant), written out independently of the templates.</summary>
internal static class BuiltInRoles
{
    public const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    public const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    public const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    public const string MonitoringMetricsPublisher = "3913510d-42f4-4e42-8a64-420c390055eb";

    // Broad control-plane roles the app or the deployer must never be given by these templates.
    public const string Owner = "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    public const string Contributor = "b24988ac-6180-42a4-ab4c-bd3bb27ff0a8";
    public const string StorageAccountContributor = "17d1049b-9a84-46fb-8f53-869881c3d3ab";
}
