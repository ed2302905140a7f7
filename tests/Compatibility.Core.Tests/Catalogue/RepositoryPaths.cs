namespace Compatibility.Core.Tests.Catalogue;

/// <summary>Finds the repository's <c>seeds/</c> from the test output directory.</summary>
internal static class RepositoryPaths
{
    public static string Seeds
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Compatibility.sln")))
                {
                    return Path.Combine(dir.FullName, "seeds");
                }
            }

            throw new DirectoryNotFoundException("Repository root (Compatibility.sln) not found above the test output.");
        }
    }
}
