using Compatibility.Testing;

namespace Compatibility.Cli.Tests.Support;

/// <summary>The repository's folders the generator tests read (from the shared root, <see cref="Repository"/>).</summary>
internal static class RepositoryPaths
{
    public static string Seeds { get; } = Repository.PathTo("seeds");

    /// <summary>The real-label fixtures (one <c>.txt</c> per label), which the core's label tests own.</summary>
    public static string LabelFixtures { get; } = Repository.PathTo("tests", "Compatibility.Core.Tests", "Labels", "Fixtures", "Labels");
}
