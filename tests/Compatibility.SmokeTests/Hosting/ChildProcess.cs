using System.Diagnostics;
using System.Text;

namespace Compatibility.SmokeTests.Hosting;

/// <summary>
/// A process the suite starts and always stops (whole tree), keeping the tail of its output so a
/// failure can say why the server did not come up.
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int MaxOutputLines = 200;
    private readonly Process process;
    private readonly Queue<string> output = new();

    private ChildProcess(Process process)
    {
        this.process = process;
    }

    public string Name { get; private init; } = string.Empty;

    public bool HasExited => process.HasExited;

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildProcess(process) { Name = name };
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {name} ({fileName}).");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs to completion (bounded) and returns the exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not finish within {timeout.TotalSeconds:F0} s.\n{RecentOutput()}");
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    public string RecentOutput()
    {
        lock (output)
        {
            var text = new StringBuilder();
            text.AppendLine($"--- last output of {Name} ---");
            foreach (var line in output)
            {
                text.AppendLine(line);
            }

            return text.ToString();
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Enqueue(line);
            while (output.Count > MaxOutputLines)
            {
                output.Dequeue();
            }
        }
    }
}
