namespace Compatibility.Core.Tests.Labels;

/// <summary>Real label texts as printed on packs and product pages (Fixtures/Labels, copied to the test output).</summary>
internal static class LabelFixtures
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Labels", "Fixtures", "Labels");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    public static IReadOnlyList<string> Names { get; } =
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
