using Compatibility.Testing;

namespace Compatibility.SmokeTests.Hosting;

/// <summary>Paths baked in at build time (see the csproj): the built DevServer and CLI.</summary>
internal static class BuildPaths
{
    public static string DevServerAssembly { get; } = Metadata("DevServerAssembly");

    public static string CliAssembly { get; } = Metadata("CliAssembly");

    private static string Metadata(string key) => BuildMetadata.Read(typeof(BuildPaths).Assembly, key);
}
