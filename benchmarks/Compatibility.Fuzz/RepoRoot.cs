namespace Compatibility.Fuzz;

/// <summary>Finds the repository root (the folder holding Compatibility.sln) from the working or base directory.</summary>
public static class RepoRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Compatibility.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Compatibility.sln not found above the working directory.");
    }
}
