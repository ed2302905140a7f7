using Compatibility.Testing;

namespace Compatibility.Infra.Tests.Support;

/// <summary>Where infra/ and the Bicep package are (baked in at build time), so the tests find them from any working directory.</summary>
internal static class RepositoryPaths
{
    public static string Infra { get; } = Repository.PathTo("infra");

    public static string MainTemplate { get; } = Path.Combine(Infra, "main.bicep");

    public static string BicepPackageDirectory { get; } = BuildMetadata.Read(typeof(RepositoryPaths).Assembly, "BicepPackageDirectory");

    /// <summary>
    /// Every environment's parameter file: a new one is tested as soon as it exists. main.bicepparam is
    /// not one: it is the ignored copy azd reads (see infra/hooks/select-parameters.sh).
    /// </summary>
    public static IReadOnlyList<string> ParameterFiles() =>
        Directory.GetFiles(Infra, "*.bicepparam")
            .Where(f => Path.GetFileName(f) != "main.bicepparam")
            .Order(StringComparer.Ordinal)
            .ToList();
}
