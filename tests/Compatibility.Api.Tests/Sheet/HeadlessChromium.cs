using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Compatibility.Api.Tests.Sheet;

/// <summary>
/// Debian's headless Chromium driven over the Chrome DevTools protocol (one WebSocket, a handful of commands), so the
/// test needs no browser download and no extra package: load a page, evaluate a DOM query, screenshot, print to PDF.
/// .ci/run installs the <c>chromium</c> package when it is missing; without it these tests fail, they do not skip.
/// On macOS and Windows an installed Chrome, Chromium or Edge serves (all speak the same protocol); <c>CHROMIUM_PATH</c>
/// names any other.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private int _nextId;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> StartAsync()
    {
        var executable = BrowserCandidates().FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("Chromium is not installed: apt-get install -y chromium (.ci/run does this), or set CHROMIUM_PATH.");
        var profile = Directory.CreateTempSubdirectory("sheet-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*", $"--user-data-dir={profile}",
                     "--window-size=800,1200", "about:blank",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var browser = new HeadlessChromium(process, profile);
        try
        {
            await browser.ConnectAsync();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    private static IEnumerable<string> BrowserCandidates()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } named)
        {
            yield return named;
        }

        if (OperatingSystem.IsWindows())
        {
            foreach (var programs in new[] { Environment.SpecialFolder.ProgramFiles, Environment.SpecialFolder.ProgramFilesX86, Environment.SpecialFolder.LocalApplicationData })
            {
                var root = Environment.GetFolderPath(programs);
                yield return Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe");
                yield return Path.Combine(root, "Chromium", "Application", "chrome.exe");
                yield return Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe");
            }
        }
        else if (OperatingSystem.IsMacOS())
        {
            yield return "/Applications/Chromium.app/Contents/MacOS/Chromium";
            yield return "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome";
            yield return "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge";
        }
        else
        {
            yield return "/usr/bin/chromium";
            yield return "/usr/bin/chromium-browser";
            yield return "/usr/bin/google-chrome";
        }
    }

    private async Task ConnectAsync()
    {
        // Chromium writes its port to DevToolsActivePort once it listens.
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!File.Exists(portFile) || (await File.ReadAllLinesAsync(portFile)).Length < 2)
        {
            if (_process.HasExited) throw new InvalidOperationException($"Chromium exited with {_process.ExitCode}.");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Chromium did not open its DevTools port.");
            await Task.Delay(100);
        }

        var port = (await File.ReadAllLinesAsync(portFile))[0].Trim();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        var page = targets.First(t => t!["type"]!.GetValue<string>() == "page")!;
        await _socket.ConnectAsync(new Uri(page["webSocketDebuggerUrl"]!.GetValue<string>()), CancellationToken.None);
        await SendAsync("Page.enable");
    }

    /// <summary>Opens a local file and waits until it has loaded.</summary>
    public async Task LoadAsync(string path)
    {
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(path).AbsoluteUri });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await EvaluateAsync("document.readyState + '|' + location.protocol") != "complete|file:")
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The page did not load.");
            await Task.Delay(50);
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its string value.</summary>
    public async Task<string?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result["exceptionDetails"] is { } error) throw new InvalidOperationException("Script failed: " + error.ToJsonString());
        return result["result"]?["value"]?.ToString();
    }

    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    /// <summary>Prints like a patient would on A4 (the sheet's own @page margins), backgrounds on.</summary>
    public async Task<byte[]> PrintA4Async()
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["paperWidth"] = 210 / 25.4,
            ["paperHeight"] = 297 / 25.4,
            ["printBackground"] = true,
            ["preferCSSPageSize"] = true,
            ["displayHeaderFooter"] = false,
        });
        return Convert.FromBase64String(result["data"]!.GetValue<string>());
    }

    private async Task<JsonNode> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = ++_nextId;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, timeout.Token);
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var received = new MemoryStream();
            WebSocketReceiveResult chunk;
            do
            {
                chunk = await _socket.ReceiveAsync(buffer, timeout.Token);
                received.Write(buffer, 0, chunk.Count);
            }
            while (!chunk.EndOfMessage);

            var reply = JsonNode.Parse(received.ToArray())!;
            if (reply["id"]?.GetValue<int>() != id) continue; // an event, or an older reply
            if (reply["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
            return reply["result"] ?? new JsonObject();
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // The browser is being stopped anyway.
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be flushing its profile; a temp folder left behind is harmless.
        }
    }

    /// <summary>Pages in a PDF: Chromium (Skia) writes one uncompressed <c>/Type /Page</c> dictionary per page.</summary>
    public static int CountPdfPages(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?![a-zA-Z])");

    public static JsonElement ParseJson(string? json) => JsonDocument.Parse(json ?? "null").RootElement.Clone();
}
