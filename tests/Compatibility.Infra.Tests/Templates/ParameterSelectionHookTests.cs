using System.Diagnostics;
using Compatibility.Infra.Tests.Support;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>
/// The preprovision hook azd runs on this OS (azure.yaml: select-parameters.sh with sh, select-parameters.ps1 with
/// pwsh on Windows), run for real on a copy of infra/: it makes main.bicepparam (what azd reads) the chosen
/// environment's file, and refuses an environment that has none.
/// </summary>
public sealed class ParameterSelectionHookTests : IDisposable
{
    private static readonly string Hook = OperatingSystem.IsWindows() ? "select-parameters.ps1" : "select-parameters.sh";

    private readonly string infra = Directory.CreateTempSubdirectory("infra-hook-").FullName;

    public ParameterSelectionHookTests()
    {
        Directory.CreateDirectory(Path.Combine(infra, "hooks"));
        File.Copy(Path.Combine(RepositoryPaths.Infra, "hooks", Hook), Path.Combine(infra, "hooks", Hook));
        foreach (var file in RepositoryPaths.ParameterFiles())
        {
            File.Copy(file, Path.Combine(infra, Path.GetFileName(file)));
        }
    }

    [Theory]
    [InlineData("staging")]
    [InlineData("production")]
    public void Copies_the_chosen_environment_to_main_bicepparam(string kind)
    {
        var (exitCode, output) = Run(kind);

        Assert.True(exitCode == 0, output);
        Assert.Equal(File.ReadAllText(Path.Combine(infra, $"{kind}.bicepparam")), File.ReadAllText(Path.Combine(infra, "main.bicepparam")));
    }

    [Fact]
    public void Defaults_to_staging()
    {
        var (exitCode, output) = Run(kind: null);

        Assert.True(exitCode == 0, output);
        Assert.Equal(File.ReadAllText(Path.Combine(infra, "staging.bicepparam")), File.ReadAllText(Path.Combine(infra, "main.bicepparam")));
    }

    [Fact]
    public void Refuses_an_environment_without_a_parameter_file()
    {
        var (exitCode, output) = Run("qa");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("qa", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(infra, "main.bicepparam")));
    }

    public void Dispose() => Directory.Delete(infra, recursive: true);

    private (int ExitCode, string Output) Run(string? kind)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "pwsh" : "sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (OperatingSystem.IsWindows())
        {
            start.ArgumentList.Add("-NoProfile");
            start.ArgumentList.Add("-File");
        }

        start.ArgumentList.Add(Path.Combine(infra, "hooks", Hook));
        if (kind is null)
        {
            start.Environment.Remove("COMPAT_ENVIRONMENT");
        }
        else
        {
            start.Environment["COMPAT_ENVIRONMENT"] = kind;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit(30_000);
        return (process.ExitCode, output.Result + error.Result);
    }
}
