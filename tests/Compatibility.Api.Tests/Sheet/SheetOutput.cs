using Compatibility.Testing;

namespace Compatibility.Api.Tests.Sheet;

/// <summary>Where the sheet tests leave their HTML, PNG and PDF files (the test output), and the docs pictures.</summary>
public static class SheetOutput
{
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "sheet-output")).FullName;

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>With <c>UPDATE_SHEET_PICTURES=1</c> the test also copies its files into docs/.</summary>
    public static void CopyToDocs(string fileName, string docsName)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_SHEET_PICTURES") != "1") return;
        File.Copy(PathOf(fileName), Repository.PathTo("docs", docsName), overwrite: true);
    }
}
