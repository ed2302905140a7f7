using Microsoft.Extensions.Logging;

namespace Compatibility.Storage.Snapshots;

/// <summary>Source-generated log messages of the snapshot refresh. Versions and error types only, never catalogue data.</summary>
internal static partial class SnapshotLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Catalogue snapshot {Version} loaded from table storage")]
    public static partial void Loaded(ILogger logger, string version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Catalogue refresh failed, serving {Source} {Version}: {Error}")]
    public static partial void RefreshFailed(ILogger logger, string source, string version, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Catalogue refresh stopped")]
    public static partial void RefreshStopped(ILogger logger);
}
