using System.Runtime.InteropServices;
using Compatibility.Infra.Tests.Support;

namespace Compatibility.Infra.Tests.Bicep;

/// <summary>
/// The Bicep CLI the tests run is the package for the machine running them, so `dotnet test` passes on Linux,
/// macOS and Windows developer machines alike (Bicep publishes linux, osx and win, each for x64 and arm64).
/// </summary>
public sealed class BicepPackageTests
{
    [Fact]
    public void The_restored_package_is_the_one_for_this_os_and_architecture()
    {
        var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
        var architecture = RuntimeInformation.OSArchitecture switch
        {
            Architecture.X64 => "x64",
            Architecture.Arm64 => "arm64",
            var other => throw new PlatformNotSupportedException($"Bicep publishes no CLI package for {other}."),
        };

        // NuGet's global packages folder names a package by its lower-cased id, then its version.
        var package = new DirectoryInfo(RepositoryPaths.BicepPackageDirectory).Parent!.Name;

        Assert.Equal($"azure.bicep.commandline.{os}-{architecture}", package);
    }

    [Fact]
    public void The_cli_in_that_package_runs()
    {
        var version = BicepCli.Run("--version");

        Assert.True(version.ExitCode == 0, version.Describe());
        Assert.Contains("Bicep CLI version", version.StandardOutput, StringComparison.Ordinal);
    }
}
