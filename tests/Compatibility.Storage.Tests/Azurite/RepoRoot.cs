namespace Compatibility.Storage.Tests.Azurite;

/// <summary>Finds the repository root (the folder with <c>package.json</c> and the solution) from the test binaries.</summary>
internal static class RepoRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "package.json")) && File.Exists(Path.Combine(dir.FullName, "Compatibility.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (package.json + Compatibility.sln) not found above " + AppContext.BaseDirectory);
    }
}
