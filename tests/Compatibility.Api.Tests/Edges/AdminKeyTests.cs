using System.Net;
using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Compatibility.Api.Tests.Edges;

/// <summary>
/// The committed key (<c>local-dev-key</c>) works only in Development, which is what <c>dotnet run</c> starts (launch
/// settings); in any other environment the admin routes answer 503 until a key is configured. The generated OpenAPI
/// document is a Development tool too; the committed one is served everywhere.
/// </summary>
public sealed class AdminKeyTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public async Task Outside_Development_without_a_key_admin_routes_are_503_saying_so(string environment)
    {
        using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment(environment));
        foreach (var key in (string?[])[null, DevelopmentDevServer.DevelopmentKey])
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/health/detail");
            if (key is not null) request.Headers.Add("x-functions-key", key);
            var response = await server.CreateClient().SendAsync(request);

            var problem = await HttpAssert.ContractProblemAsync(response, HttpStatusCode.ServiceUnavailable, ProblemTypes.AdminDisabled);
            Assert.Contains("Admin__FunctionKey", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var write = await server.CreateClient().PutAsync("/api/v1/products/X?code=local-dev-key", HttpAssert.Json("""{"name":"n","inci":"Aqua"}"""));
        await HttpAssert.ContractProblemAsync(write, HttpStatusCode.ServiceUnavailable, ProblemTypes.AdminDisabled);
    }

    [Fact]
    public async Task Outside_Development_a_configured_key_is_the_only_key()
    {
        using var server = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Admin:FunctionKey", "prod-key"));

        Assert.Equal(HttpStatusCode.OK, (await Send(server, "prod-key")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(server, DevelopmentDevServer.DevelopmentKey)).StatusCode);
    }

    [Fact]
    public async Task In_Development_the_committed_key_opens_the_admin_routes()
    {
        using var server = new DevelopmentDevServer();

        Assert.Equal(HttpStatusCode.OK, (await Send(server, DevelopmentDevServer.DevelopmentKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(server, "guess")).StatusCode);
    }

    [Fact]
    public async Task The_generated_document_is_served_only_in_Development()
    {
        using var production = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseEnvironment("Production"));
        await HttpAssert.ContractProblemAsync(await production.CreateClient().GetAsync("/openapi/v1.json"), HttpStatusCode.NotFound, ProblemTypes.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await production.CreateClient().GetAsync("/api/openapi.json")).StatusCode);

        using var development = new DevelopmentDevServer();
        Assert.Equal(HttpStatusCode.OK, (await development.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public void Dotnet_run_starts_the_DevServer_in_Development()
    {
        // `dotnet run --project src/Compatibility.DevServer` (the README's command) uses the first launch profile.
        var path = Repository.PathTo("src", "Compatibility.DevServer", "Properties", "launchSettings.json");
        using var settings = JsonDocument.Parse(File.ReadAllText(path));
        var first = settings.RootElement.GetProperty("profiles").EnumerateObject().First().Value;

        Assert.Equal("Project", first.GetProperty("commandName").GetString());
        Assert.Equal("Development", first.GetProperty("environmentVariables").GetProperty("ASPNETCORE_ENVIRONMENT").GetString());
        Assert.False(first.TryGetProperty("applicationUrl", out _), "the DevServer picks 127.0.0.1:7071 itself; --urls overrides it");
    }

    [Fact]
    public void Only_the_Development_settings_hold_the_committed_key()
    {
        var folder = Repository.PathTo("src", "Compatibility.DevServer");
        Assert.DoesNotContain(DevelopmentDevServer.DevelopmentKey, File.ReadAllText(Path.Combine(folder, "appsettings.json")), StringComparison.Ordinal);
        Assert.Contains(DevelopmentDevServer.DevelopmentKey, File.ReadAllText(Path.Combine(folder, "appsettings.Development.json")), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Send(WebApplicationFactory<Program> server, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/health/detail");
        request.Headers.Add("x-functions-key", key);
        return server.CreateClient().SendAsync(request);
    }
}
