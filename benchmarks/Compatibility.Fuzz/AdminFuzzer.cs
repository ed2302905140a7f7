using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using Compatibility.Core.Protocols;
using Compatibility.Storage.Configuration;
using Compatibility.Storage.Import;
using Compatibility.Storage.Resilience;
using Compatibility.Storage.Snapshots;
using Compatibility.Storage.Tables;
using Compatibility.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Polly;

namespace Compatibility.Fuzz;

/// <summary>
/// Fuzzes the admin routes of two DevServers over one real Azurite (its own, in memory, the embedded seeds imported),
/// one in memory and one on Kestrel: <see cref="AdminInputs"/> from four workers, two per server, until <c>count</c>
/// inputs are sent. Fails on any 5xx or
/// exception. Every 30 s, and at the end, a probe refreshes the snapshot (a refresh refused for what the admin routes
/// stored is a failure too: they accepted something that cannot be served) and sends every public route naming each
/// protocol and SKU the fuzzer writes to, where any 5xx is a failure. Failing inputs go to <c>artifacts/fuzz/</c>.
/// </summary>
public static class AdminFuzzer
{
    private const int Workers = 4;

    public static async Task<int> RunAsync(int count, int seed, string outDir)
    {
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var prefix = "fuzz" + Guid.NewGuid().ToString("N")[..8];
        var options = new CatalogueOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix };
        var tables = CatalogueTables.Create(options);
        var importStarted = Stopwatch.StartNew();
        await new CatalogueImporter(tables, CataloguePipelines.ConfigureWrite(new ResiliencePipelineBuilder(), options).Build())
            .ImportAsync(SeedData.LoadEmbedded(), prune: false, CancellationToken.None);
        Console.WriteLine($"admin: seeds imported into Azurite in {importStarted.Elapsed.TotalSeconds:F0} s");

        // Two DevServers over the same tables, as two instances would be: one in memory, one on real Kestrel sockets
        // (which keeps the raw request target, so route keys take the raw-segment path of RouteKey, and refuses %00 itself).
        await using var memory = DevServer(azurite.ConnectionString, prefix, kestrel: false);
        await using var kestrel = DevServer(azurite.ConnectionString, prefix, kestrel: true);
        using var memoryClient = memory.CreateClient();
        using var kestrelClient = kestrel.CreateClient();
        var client = memoryClient;
        var provider = memory.Services.GetRequiredService<TableCatalogueProvider>();

        var run = new Run(outDir);
        var etags = new ConcurrentQueue<string>();
        var sent = 0;
        var wall = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var probes = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), stop.Token);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                await ProbeAsync(client, provider, run);
            }
        });

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
        {
            var overKestrel = w % 2 == 1;
            var inputs = new AdminInputs(new Random(seed + w), etags, overKestrel);
            while (Interlocked.Increment(ref sent) <= count)
            {
                var input = inputs.Next();
                await SendAsync(overKestrel ? kestrelClient : memoryClient, input, run, etags, expectContinue: overKestrel);
            }
        })));

        await stop.CancelAsync();
        await probes;
        await ProbeAsync(client, provider, run);

        Console.WriteLine($"admin: {count:N0} inputs in {wall.Elapsed.TotalSeconds:F0} s ({count / wall.Elapsed.TotalSeconds:F0}/s), {run.Probes} probe rounds ({run.ProbeRequests:N0} public requests), {run.Failures} failures (5xx, exception or a refused refresh)");
        foreach (var (outcome, n) in run.Statuses.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {outcome}: {n:N0}");
        }

        return run.Failures == 0 ? 0 : 1;
    }

    private static WebApplicationFactory<global::Program> DevServer(string connectionString, string prefix, bool kestrel)
    {
        var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Fuzz");
            builder.UseContentRoot(Repository.PathTo("src", "Compatibility.DevServer"));
            builder.UseSetting("Admin:FunctionKey", AdminInputs.FunctionKey);
            builder.UseSetting("Catalogue:ConnectionString", connectionString);
            builder.UseSetting("Catalogue:TablePrefix", prefix);
            builder.UseSetting("Catalogue:RefreshInterval", "00:00:30");
            builder.UseSetting("Catalogue:NetworkTimeout", "00:00:20");
            builder.UseSetting("Catalogue:SnapshotLoadTimeout", "00:02:00");
            builder.UseSetting("Catalogue:WriteTimeout", "00:00:30");
            // appsettings.json's "Logging" section would outrank a minimum level: no providers at all.
            builder.ConfigureLogging(logging => logging.ClearProviders());
            if (kestrel)
            {
                builder.UseSetting("urls", "http://127.0.0.1:0");
            }
        });
        if (kestrel)
        {
            factory.UseKestrel(0);
            factory.StartServer();
        }

        return factory;
    }

    /// <param name="expectContinue">
    /// Over sockets: Kestrel refuses a bad request target (%00) with its own 400 before it reads the body and closes the
    /// connection, so a client still sending a large body sees a broken pipe instead of the 400. Waiting for
    /// <c>100 Continue</c>, as curl does for large bodies, lets the client see the answer.
    /// </param>
    private static async Task SendAsync(HttpClient client, AdminInput input, Run run, ConcurrentQueue<string> etags, bool expectContinue)
    {
        string outcome;
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(input.Method), input.Path);
            request.Headers.ExpectContinue = expectContinue && input.Body is not null;
            foreach (var (name, value) in input.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            if (input.Body is not null)
            {
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(input.Body));
                if (input.ContentType is not null)
                {
                    request.Content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
                }
            }

            using var response = await client.SendAsync(request);
            outcome = $"{input.Method} {input.Kind} {(int)response.StatusCode}";
            if (response.Headers.ETag is { } etag)
            {
                etags.Enqueue(etag.ToString());
                while (etags.Count > 200 && etags.TryDequeue(out _))
                {
                }
            }

            if (response.StatusCode >= HttpStatusCode.InternalServerError)
            {
                run.Fail(input.ToString(), $"{(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
            }
        }
        catch (Exception ex)
        {
            outcome = $"{input.Method} {input.Kind} {ex.GetType().Name}";
            run.Fail(input.ToString(), ex.ToString());
        }

        run.Count(outcome);
    }

    private static async Task ProbeAsync(HttpClient client, TableCatalogueProvider provider, Run run)
    {
        Interlocked.Increment(ref run.Probes);
        if (!await provider.RefreshAsync(CancellationToken.None) && provider.LastRefreshError is { } error && !error.Contains("Timeout", StringComparison.OrdinalIgnoreCase))
        {
            run.Fail("refresh after admin writes", error);
        }

        // Every protocol the snapshot serves (the fuzzer's, the default, whatever survived) with an inline product, and
        // every fuzzed SKU alone under the default (an unknown SKU is a 404 for the whole request).
        using var list = await client.GetAsync("/api/v1/protocols");
        var served = System.Text.Json.JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement.GetProperty("items")
            .EnumerateArray().Select(p => (Id: p.GetProperty("id").GetString(), Type: p.GetProperty("procedureType").GetString() ?? "microneedling"))
            .Append((Id: null, Type: "microneedling")).ToList();
        var pairs = served.Select(p => (Protocol: p.Id, p.Type, Sku: (string?)null))
            .Concat(AdminInputs.KeysOf("products").Select(sku => (Protocol: (string?)null, Type: "microneedling", Sku: (string?)sku)));
        foreach (var (protocol, type, sku) in pairs)
        {
            foreach (var (what, body, accept) in PublicBodies(protocol, type, sku))
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, what) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                if (accept is not null) request.Headers.Accept.ParseAdd(accept);
                await ProbeOneAsync(client, request, $"{what} {accept} protocol={protocol} sku={sku}", run);
            }
        }

        foreach (var (kind, keys) in new[] { ("ingredients", AdminInputs.KeysOf("ingredients")), ("protocols", AdminInputs.KeysOf("protocols")) })
        {
            foreach (var key in keys)
            {
                await ProbeOneAsync(client, new HttpRequestMessage(HttpMethod.Get, $"/api/v1/{kind}/{Uri.EscapeDataString(key)}"), $"GET {kind}/{key}", run);
            }
        }

        await ProbeOneAsync(client, new HttpRequestMessage(HttpMethod.Get, "/api/v1/protocols"), "GET protocols", run);
        await ProbeOneAsync(client, new HttpRequestMessage(HttpMethod.Get, "/api/health"), "GET health", run);
    }

    private static async Task ProbeOneAsync(HttpClient client, HttpRequestMessage request, string what, Run run)
    {
        using (request)
        {
            Interlocked.Increment(ref run.ProbeRequests);
            try
            {
                using var response = await client.SendAsync(request);
                run.Count($"probe {(int)response.StatusCode}");
                if (response.StatusCode == HttpStatusCode.BadRequest && Interlocked.Increment(ref run.ProbeBadRequests) <= 3)
                {
                    Console.WriteLine($"probe 400 {what}: {await response.Content.ReadAsStringAsync()}");
                }

                if (response.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    run.Fail("probe " + what, $"{(int)response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
                }
            }
            catch (Exception ex)
            {
                run.Count($"probe {ex.GetType().Name}");
                run.Fail("probe " + what, ex.ToString());
            }
        }
    }

    private static IEnumerable<(string Path, string Body, string? Accept)> PublicBodies(string? protocol, string procedureType, string? sku)
    {
        var named = protocol is null ? string.Empty : $"\"protocol\":{System.Text.Json.JsonSerializer.Serialize(protocol)},";
        var type = System.Text.Json.JsonSerializer.Serialize(procedureType);
        var procedure = $$"""{"type":{{type}},"performedAt":"2026-11-20T10:00:00+01:00","needleDepthMm":1.5}""";
        var stored = sku is null ? string.Empty : $$"""{"ref":"stored","sku":{{System.Text.Json.JsonSerializer.Serialize(sku)}}},""";
        var products = "[" + stored + """{"ref":"inline","name":"Night","category":"serum","inci":"Squalane, Retinol, Glycolic Acid, Parfum"}]""";
        yield return ("/api/v1/check", $$"""{{{named}}"procedure":{{procedure}},"at":"2026-11-22T10:00:00+01:00","products":{{products}}}""", null);
        yield return ("/api/v1/routines/check", $$"""{{{named}}"procedure":{{procedure}},"products":{{products}},"steps":[{"product":"inline","day":2,"slot":"pm"}],"nextSessionAt":"2026-12-01T10:00:00+01:00"}""", null);
        yield return ("/api/v1/plan", $$"""{{{named}}"procedure":{{procedure}},"products":{{products}}}""", null);
        yield return ("/api/v1/plan", $$"""{{{named}}"procedure":{{procedure}},"products":{{products}}}""", "text/calendar");
        yield return ("/api/v1/plan", $$"""{{{named}}"procedure":{{procedure}},"products":{{products}}}""", "text/html");
        yield return ("/api/v1/prepare", $$"""{{{named}}"procedure":{"type":{{type}},"performedAt":"2026-12-20T10:00:00+01:00"},"at":"2026-12-01T10:00:00+01:00","products":{{products}}}""", null);
    }

    /// <summary>Counters and the first 50 failures of one run, shared by the workers.</summary>
    private sealed class Run(string outDir)
    {
        public int Probes;
        public int ProbeRequests;
        public int ProbeBadRequests;
        private int _failures;

        public ConcurrentDictionary<string, int> Statuses { get; } = new(StringComparer.Ordinal);

        public int Failures => Volatile.Read(ref _failures);

        public void Count(string outcome) => Statuses.AddOrUpdate(outcome, 1, (_, n) => n + 1);

        public void Fail(string input, string detail)
        {
            var n = Interlocked.Increment(ref _failures);
            if (n > 50)
            {
                return;
            }

            var file = Path.Combine(outDir, $"admin-failure-{n}.txt");
            File.WriteAllText(file, $"{input}\n---\n{detail}");
            Console.WriteLine($"FAIL {input.Split('\n')[0]} -> {file}");
        }
    }
}
