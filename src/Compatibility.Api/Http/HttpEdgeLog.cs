using Microsoft.Extensions.Logging;

namespace Compatibility.Api.Http;

/// <summary>Source-generated log messages of the HTTP edge. Statuses, exception types and server messages only, never request content.</summary>
internal static partial class HttpEdgeLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Request body could not be read, answered {Status}: {ExceptionType}: {Reason}")]
    public static partial void BodyUnreadable(ILogger logger, int status, Type exceptionType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Request rejected by the server, answered {Status} ({ExceptionType})")]
    public static partial void Rejected(ILogger logger, int status, Type exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request aborted by the client")]
    public static partial void Aborted(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception, answered 500")]
    public static partial void Unhandled(ILogger logger, Exception exception);
}
