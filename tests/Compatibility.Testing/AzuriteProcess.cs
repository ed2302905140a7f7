using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Compatibility.Testing;

/// <summary>
/// One Azurite Table service, run from the repo's pinned npm package on 127.0.0.1 and a free port, in memory,
/// without telemetry: the local stand-in for the storage account. Installs the package with <c>npm ci</c> when
/// <c>node_modules</c> lacks it (a fresh clone). Can be killed and started again on the same port, to stage an outage.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's documented development account key (public, emulator only).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private readonly string _root = Repository.Root;
    private readonly string _workspace = Directory.CreateTempSubdirectory("azurite-").FullName;
    private readonly System.Text.StringBuilder _output = new();
    private Process? _process;

    public int Port { get; } = FreePort.Next();

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;";

    public bool IsRunning => _process is { HasExited: false };

    public static async Task<AzuriteProcess> StartNewAsync()
    {
        var azurite = new AzuriteProcess();
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        var entry = await EnsureInstalledAsync();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = _workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     entry, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence",
                     "--disableTelemetry", "--silent", "--skipApiVersionCheck",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        _output.Clear();
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    /// <summary>Kills the process at once (no graceful shutdown), as a crash or a network cut would.</summary>
    public async Task KillAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        try
        {
            Directory.Delete(_workspace, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task<string> EnsureInstalledAsync()
    {
        var entry = Path.Combine(_root, "node_modules", "azurite", "dist", "src", "table", "main.js");
        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(entry))
            {
                // A fresh clone: install the pinned dev tools once (needs Node and the npm registry).
                // npm is a .cmd script on Windows, which Process.Start finds only by its full name.
                using var npm = Process.Start(new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm", "ci --no-audit --no-fund") { WorkingDirectory = _root, UseShellExecute = false })
                    ?? throw new InvalidOperationException("Could not start npm.");
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
                await npm.WaitForExitAsync(timeout.Token);
                if (npm.ExitCode != 0 || !File.Exists(entry))
                {
                    throw new InvalidOperationException($"'npm ci' failed (exit {npm.ExitCode}) in {_root}; Azurite (package.json) is needed for the tests that use storage.");
                }
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return entry;
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on {Port}: {Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{Port} within 30 s.");
    }

    private string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
