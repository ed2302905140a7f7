using System.Reflection;

namespace Compatibility.Cli.Tests.Support;

/// <summary>The repository's folders, from the root baked in at build time (see the csproj).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "RepositoryRoot")?.Value
        ?? throw new InvalidOperationException("Assembly metadata 'RepositoryRoot' is missing; it is set in Compatibility.Cli.Tests.csproj.");

    public static string Seeds { get; } = Path.Combine(Root, "seeds");

    /// <summary>The real-label fixtures (one <c>.txt</c> per label), which the core's label tests own.</summary>
    public static string LabelFixtures { get; } = Path.Combine(Root, "tests", "Compatibility.Core.Tests", "Labels", "Fixtures", "Labels");
}
