namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>The storage-backed DevServer on real Kestrel (a free port on 127.0.0.1).</summary>
public sealed class KestrelStorageDevServer() : StorageDevServer(kestrel: true);
