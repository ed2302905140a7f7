namespace Compatibility.DevServer;

/// <summary>Source-generated log messages of the DevServer's start.</summary>
internal static partial class DevServerLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin key configured (Admin__FunctionKey) in environment {Environment}: admin routes answer 503")]
    public static partial void AdminDisabled(ILogger logger, string environment);
}
