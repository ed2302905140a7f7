using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Compatibility.Api.Http;

/// <summary>
/// Kestrel settings of both hosts (the DevServer's server, the Functions worker's): no <c>Server</c> header, and the
/// request-line and header limits above <see cref="RequestLimits"/>, so those answers come from the application as
/// problems rather than from Kestrel as empty 414 / 431 responses.
/// </summary>
public static class KestrelLimits
{
    public const int MaxRequestLineSize = 64 * 1024;

    public const int MaxRequestHeadersTotalSize = 64 * 1024;

    public static void Configure(KestrelServerOptions options)
    {
        options.AddServerHeader = false;
        options.Limits.MaxRequestLineSize = MaxRequestLineSize;
        options.Limits.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalSize;
    }
}
