using System.Net.Http.Headers;
using Compatibility.Testing;

namespace Compatibility.SmokeTests.Hosting;

/// <summary>
/// Where the suite points: a deployment (<c>SMOKE_BASE_URL</c> + <c>SMOKE_FUNCTION_KEY</c>, as the staging
/// workflow sets them) or, when no URL is given, a local stack the suite starts itself — Azurite, the
/// catalogue import, and the built DevServer as a real process — so the suite always runs, never skips.
/// </summary>
public sealed class SmokeTarget : IAsyncLifetime
{
    private readonly List<IDisposable> ownedProcesses = [];
    private AzuriteProcess? ownedAzurite;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The key admin endpoints need (<c>x-functions-key</c>).</summary>
    public string FunctionKey { get; private set; } = string.Empty;

    /// <summary>Said in failure messages: which target the suite ran against.</summary>
    public string Description { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var baseUrl = Environment.GetEnvironmentVariable("SMOKE_BASE_URL");
        if (!string.IsNullOrWhiteSpace(baseUrl))
        {
            FunctionKey = Environment.GetEnvironmentVariable("SMOKE_FUNCTION_KEY")
                ?? throw new InvalidOperationException("SMOKE_BASE_URL is set but SMOKE_FUNCTION_KEY is not; the admin round-trip needs a function key.");
            Description = $"deployment at {baseUrl}";
            Client = CreateClient(new Uri(baseUrl));
            return;
        }

        await StartLocalStackAsync();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        // Stop the server before the storage it uses.
        for (var i = ownedProcesses.Count - 1; i >= 0; i--)
        {
            ownedProcesses[i].Dispose();
        }

        if (ownedAzurite is not null)
        {
            await ownedAzurite.DisposeAsync();
        }
    }

    private async Task StartLocalStackAsync()
    {
        var azurite = await AzuriteProcess.StartNewAsync();
        ownedAzurite = azurite;

        // Seed the tables exactly as azd's post-provision hook seeds Azure.
        using (var import = ChildProcess.Start(
            "catalogue import",
            "dotnet",
            [BuildPaths.CliAssembly, "import", "--connection-string", azurite.ConnectionString],
            new Dictionary<string, string?> { ["Catalogue__TableServiceUri"] = null },
            Repository.Root))
        {
            var exitCode = await import.WaitForExitAsync(TimeSpan.FromMinutes(3));
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"The catalogue import into Azurite failed (exit {exitCode}).\n{import.RecentOutput()}");
            }
        }

        FunctionKey = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24));
        var port = FreePort.Next();
        var baseUri = new Uri($"http://127.0.0.1:{port}/api/");
        var server = ChildProcess.Start(
            "DevServer",
            "dotnet",
            [BuildPaths.DevServerAssembly, "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string?>
            {
                ["Admin__FunctionKey"] = FunctionKey,
                ["Catalogue__ConnectionString"] = azurite.ConnectionString,
                ["Catalogue__TableServiceUri"] = null,
                ["ASPNETCORE_URLS"] = null,
            },
            Path.GetDirectoryName(BuildPaths.DevServerAssembly)!);
        ownedProcesses.Add(server);
        Description = $"local DevServer at {baseUri} (Azurite-backed)";
        Client = CreateClient(baseUri);
        await WaitForHealthAsync(server, TimeSpan.FromSeconds(60));
    }

    private async Task WaitForHealthAsync(ChildProcess server, TimeSpan timeout)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < timeout)
        {
            if (server.HasExited)
            {
                throw new InvalidOperationException($"The DevServer exited before it was healthy.\n{server.RecentOutput()}");
            }

            try
            {
                using var response = await Client.GetAsync(new Uri("health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The DevServer did not answer /api/health within {timeout.TotalSeconds:F0} s.\n{server.RecentOutput()}");
    }

    private static HttpClient CreateClient(Uri baseUrl)
    {
        // Relative paths ("health", "v1/check") must append to ".../api/", so the base needs its trailing slash.
        var normalized = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        var client = new HttpClient { BaseAddress = normalized, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }
}

[CollectionDefinition(Name)]
public sealed class SmokeCollection : ICollectionFixture<SmokeTarget>
{
    public const string Name = "smoke";
}
