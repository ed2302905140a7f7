using System.Text.Json;
using Compatibility.Testing;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// What the Functions host answers itself (a missing function key's 401, an unknown route's 404, its 500 for a body that
/// never arrives) never reaches the worker's middleware; <c>host.json</c>'s custom headers are what give those answers
/// <c>nosniff</c> and <c>no-store</c> (docs/deploy.md, "What the host answers itself").
/// </summary>
public sealed class FunctionsHostHeaderTests
{
    [Fact]
    public void The_host_json_the_function_app_ships_adds_nosniff_and_no_store_to_the_hosts_own_answers()
    {
        var root = Repository.Root;
        // The Functions project links the repo's one host.json into its output.
        Assert.Contains("Include=\"../../host.json\"", File.ReadAllText(Path.Combine(root, "src", "Compatibility.Functions", "Compatibility.Functions.csproj")), StringComparison.Ordinal);

        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "host.json")));
        var headers = host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("customHeaders");
        Assert.Equal("nosniff", headers.GetProperty("X-Content-Type-Options").GetString());
        Assert.Equal("no-store", headers.GetProperty("Cache-Control").GetString());
    }
}
