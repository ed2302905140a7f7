using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Testing;

namespace Compatibility.Api.Tests.Sheet;

/// <summary>
/// The sheet is valid HTML by the Nu Html Checker (the W3C validator; npm package <c>vnu-jar</c>, run offline with
/// Java): no errors and no warnings, for a plain sheet, one whose request text is full of markup, and one with preparation days.
/// </summary>
public sealed class SheetValidationTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    [Fact]
    public async Task The_five_product_sheet_and_an_escaped_sheet_validate_without_errors_or_warnings()
    {
        var escaped = SheetPlans.ThreeProducts();
        // Markup stays text. (A control character in a name is refused before the sheet: ReadableTextTests.)
        escaped["products"]![0]!["name"] = "<b>bold</b> & \"quoted\" <script>x</script>";
        escaped["clinic"]!["name"] = "<!-- comment --> ]]> Clinic";
        var files = new List<string>();
        foreach (var (name, request) in new[] { ("validate-five.html", SheetPlans.FiveProducts()), ("validate-escaped.html", escaped), ("validate-preparation.html", SheetPlans.ThreeProductsWithPreparation()) })
        {
            var path = SheetOutput.PathOf(name);
            await File.WriteAllTextAsync(path, await SheetAsync(request));
            files.Add(path);
        }

        var (exitCode, report) = await RunValidatorAsync(files);

        var messages = JsonNode.Parse(report)!["messages"]!.AsArray();
        Assert.True(messages.Count == 0, "vnu: " + report);
        Assert.Equal(0, exitCode);
    }

    private async Task<string> SheetAsync(JsonObject request)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoints.Plan) { Content = HttpAssert.Json(request.ToJsonString()) };
        message.Headers.TryAddWithoutValidation("Accept", "text/html");
        var response = await server.CreateClient().SendAsync(message);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(int ExitCode, string Report)> RunValidatorAsync(IEnumerable<string> files)
    {
        var jar = Repository.PathTo("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run npm ci (.ci/run does).");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-jar", jar, "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync(); // vnu writes its JSON report to stderr
        await output;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, report);
    }
}
