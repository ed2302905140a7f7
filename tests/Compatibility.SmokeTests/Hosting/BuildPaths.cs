using System.Reflection;

namespace Compatibility.SmokeTests.Hosting;

/// <summary>Paths baked in at build time (see the csproj): the repository and the built DevServer and CLI.</summary>
internal static class BuildPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string DevServerAssembly { get; } = Metadata("DevServerAssembly");

    public static string CliAssembly { get; } = Metadata("CliAssembly");

    private static string Metadata(string key) =>
        typeof(BuildPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; it is set in Compatibility.SmokeTests.csproj.");
}
