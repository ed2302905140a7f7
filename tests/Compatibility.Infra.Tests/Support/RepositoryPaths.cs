using System.Reflection;

namespace Compatibility.Infra.Tests.Support;

/// <summary>Paths baked in at build time (see the csproj), so the tests find infra/ and the Bicep package from any working directory.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Metadata("RepositoryRoot");

    public static string Infra { get; } = Path.Combine(Root, "infra");

    public static string MainTemplate { get; } = Path.Combine(Infra, "main.bicep");

    public static string BicepPackageDirectory { get; } = Metadata("BicepPackageDirectory");

    /// <summary>
    /// Every environment's parameter file: a new one is tested as soon as it exists. main.bicepparam is
    /// not one: it is the ignored copy azd reads (see infra/hooks/select-parameters.sh).
    /// </summary>
    public static IReadOnlyList<string> ParameterFiles() =>
        Directory.GetFiles(Infra, "*.bicepparam")
            .Where(f => Path.GetFileName(f) != "main.bicepparam")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Metadata(string key) =>
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"Assembly metadata '{key}' is missing; it is set in Compatibility.Infra.Tests.csproj.");
}
