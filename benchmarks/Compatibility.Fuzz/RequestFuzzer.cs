using System.Diagnostics;
using System.Net;
using System.Text;
using Compatibility.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace Compatibility.Fuzz;

/// <summary>
/// Posts mutated JSON bodies through the DevServer in memory (embedded catalogue) for a time budget and fails on any 5xx
/// or transport exception. Keeps the first failing body per endpoint under <c>artifacts/fuzz/</c>.
/// </summary>
public static class RequestFuzzer
{
    public static async Task<int> RunAsync(TimeSpan budget, int seed, string outDir)
    {
        await using var factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Fuzz");
            builder.UseContentRoot(Repository.PathTo("src", "Compatibility.DevServer"));
            builder.ConfigureLogging(logging => logging.ClearProviders()); // appsettings.json's levels would outrank a minimum level
        });
        using var client = factory.CreateClient();
        var inputs = new RequestInputs(new Random(seed));
        var statuses = new SortedDictionary<string, int>();
        var failures = 0;
        var sent = 0;
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed < budget)
        {
            var (path, body) = inputs.Next();
            string outcome;
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await client.PostAsync(path, content);
                outcome = $"{path} {(int)response.StatusCode}";
                if (response.StatusCode >= HttpStatusCode.InternalServerError)
                {
                    failures++;
                    Save(outDir, failures, path, body, await response.Content.ReadAsStringAsync());
                }
            }
            catch (Exception ex)
            {
                failures++;
                outcome = $"{path} {ex.GetType().Name}";
                Save(outDir, failures, path, body, ex.ToString());
            }

            statuses[outcome] = statuses.GetValueOrDefault(outcome) + 1;
            sent++;
        }

        Console.WriteLine($"requests: {sent:N0} bodies in {wall.Elapsed.TotalSeconds:F0} s, {failures} failures (5xx or exception)");
        foreach (var (outcome, n) in statuses)
        {
            Console.WriteLine($"  {outcome}: {n:N0}");
        }

        return failures == 0 ? 0 : 1;
    }

    private static void Save(string outDir, int n, string path, string body, string detail)
    {
        if (n > 50)
        {
            return;
        }

        var file = Path.Combine(outDir, $"request-failure-{n}.txt");
        File.WriteAllText(file, $"POST {path}\n{body}\n---\n{detail}");
        Console.WriteLine($"FAIL {path} -> {file}");
    }
}
