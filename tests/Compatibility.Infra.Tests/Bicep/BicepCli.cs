using System.Diagnostics;
using Compatibility.Infra.Tests.Support;

namespace Compatibility.Infra.Tests.Bicep;

/// <summary>
/// Runs the Bicep CLI restored from NuGet (Azure.Bicep.CommandLine.&lt;os&gt;-&lt;arch&gt; for this machine, tools/bicep or
/// tools/bicep.exe), so the tests need no separately installed az/bicep.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> Executable = new(FindExecutable);

    public static string Path => Executable.Value;

    public static BicepResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryPaths.Infra,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The parameter files read the azd environment; pin it so a developer's or CI's shell cannot change what is tested.
        foreach (var name in new[] { "AZURE_ENV_NAME", "AZURE_LOCATION", "AZURE_PRINCIPAL_ID", "AZURE_PRINCIPAL_TYPE" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }

        return new BicepResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindExecutable()
    {
        var path = System.IO.Path.Combine(RepositoryPaths.BicepPackageDirectory, "tools", OperatingSystem.IsWindows() ? "bicep.exe" : "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                "The Bicep CLI was not restored. It comes from the Azure.Bicep.CommandLine.<os>-<arch> package for this machine (BicepCliPackage in Directory.Packages.props) referenced by this project; run `dotnet restore`.",
                path);
        }

        // NuGet does not always keep the execute bit when it extracts a package.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & UnixFileMode.UserExecute) == 0)
            {
                File.SetUnixFileMode(path, mode | execute);
            }
        }

        return path;
    }
}
