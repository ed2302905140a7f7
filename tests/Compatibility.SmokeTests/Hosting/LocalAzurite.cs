using System.Net.Sockets;

namespace Compatibility.SmokeTests.Hosting;

/// <summary>
/// Azurite's table service from the repo's pinned npm package, in memory on a free loopback port:
/// the local stand-in for the storage account, so the DevServer runs against tables as the app does in Azure.
/// </summary>
internal sealed class LocalAzurite : IDisposable
{
    // Azurite's documented development account and key (public, emulator only).
    private const string Account = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ChildProcess process;
    private readonly string workingDirectory;

    private LocalAzurite(ChildProcess process, string workingDirectory, int port)
    {
        this.process = process;
        this.workingDirectory = workingDirectory;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={DevelopmentKey};TableEndpoint=http://127.0.0.1:{port}/{Account};";
    }

    public string ConnectionString { get; }

    public static async Task<LocalAzurite> StartAsync()
    {
        var executable = await EnsureInstalledAsync();
        var port = FreePort.Next();
        var directory = Directory.CreateTempSubdirectory("smoke-azurite-").FullName;
        var child = ChildProcess.Start(
            "azurite-table",
            executable,
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--inMemoryPersistence", "--disableTelemetry", "--silent", "--skipApiVersionCheck"],
            new Dictionary<string, string?>(),
            directory);
        var azurite = new LocalAzurite(child, directory, port);
        try
        {
            await WaitForPortAsync(port, child, TimeSpan.FromSeconds(30));
            return azurite;
        }
        catch
        {
            azurite.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        process.Dispose();
        try
        {
            Directory.Delete(workingDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static async Task<string> EnsureInstalledAsync()
    {
        var root = BuildPaths.RepositoryRoot;
        var executable = Path.Combine(root, "node_modules", ".bin", OperatingSystem.IsWindows() ? "azurite-table.cmd" : "azurite-table");
        if (File.Exists(executable))
        {
            return executable;
        }

        if (!File.Exists(Path.Combine(root, "package-lock.json")))
        {
            throw new InvalidOperationException("The repo's package.json/package-lock.json (which pin azurite) are missing, so the local smoke run has no storage emulator.");
        }

        // A fresh clone: install the pinned dev tools once (needs Node and the npm registry).
        // npm is a .cmd script on Windows, which Process.Start finds only by its full name.
        using var npm = ChildProcess.Start("npm ci", OperatingSystem.IsWindows() ? "npm.cmd" : "npm", ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string?>(), root);
        var exitCode = await npm.WaitForExitAsync(TimeSpan.FromMinutes(8));
        if (exitCode != 0 || !File.Exists(executable))
        {
            throw new InvalidOperationException($"`npm ci` failed (exit {exitCode}); azurite is needed for the local smoke run.\n{npm.RecentOutput()}");
        }

        return executable;
    }

    private static async Task WaitForPortAsync(int port, ChildProcess child, TimeSpan timeout)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < timeout)
        {
            if (child.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited before listening.\n{child.RecentOutput()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException($"Azurite did not listen on {port} within {timeout.TotalSeconds:F0} s.\n{child.RecentOutput()}");
    }
}
