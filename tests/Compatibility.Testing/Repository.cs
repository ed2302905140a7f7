namespace Compatibility.Testing;

/// <summary>
/// The repository's folders for tests, benchmarks and fuzzers: the root is baked in when this library is built (see
/// its csproj), so it does not depend on the working directory or on where the build put its output.
/// </summary>
public static class Repository
{
    public static string Root { get; } = BuildMetadata.Read(typeof(Repository).Assembly, "RepositoryRoot");

    /// <summary>A path under the root, e.g. <c>PathTo("docs", "openapi.json")</c>.</summary>
    public static string PathTo(params string[] parts) => Path.Combine([Root, .. parts]);
}
