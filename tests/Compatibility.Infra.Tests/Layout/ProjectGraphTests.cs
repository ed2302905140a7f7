using System.Text.RegularExpressions;
using System.Xml.Linq;
using Compatibility.Infra.Tests.Support;

namespace Compatibility.Infra.Tests.Layout;

/// <summary>
/// The seams between the source projects, read from the <c>.csproj</c> files: the README's graph is theirs, the core
/// depends on nothing and does no I/O, the handlers do not know the storage adapter, and only the web hosts take ASP.NET.
/// </summary>
public sealed partial class ProjectGraphTests
{
    private static readonly string Source = Path.Combine(Compatibility.Testing.Repository.Root, "src");

    [Fact]
    public void The_readme_graph_is_the_project_references()
    {
        var readme = File.ReadAllText(Path.Combine(Compatibility.Testing.Repository.Root, "README.md"));
        var graph = readme[readme.IndexOf("```mermaid", StringComparison.Ordinal)..];
        graph = graph[..graph.IndexOf("```", 3, StringComparison.Ordinal)];
        var names = NodeName().Matches(graph).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["name"].Value);
        var drawn = Edge().Matches(graph).Select(m => $"{names[m.Groups["from"].Value]} -> {names[m.Groups["to"].Value]}").Order(StringComparer.Ordinal);

        var referenced = Projects().SelectMany(p => References(p).Select(r => $"{p} -> {r}")).Order(StringComparer.Ordinal);

        Assert.Equal(referenced, drawn);
    }

    [Fact]
    public void Core_references_nothing_and_api_does_not_reference_storage()
    {
        var core = Project("Compatibility.Core");
        Assert.DoesNotContain(core.Descendants(), e => e.Name.LocalName is "ProjectReference" or "PackageReference" or "FrameworkReference");
        Assert.DoesNotContain("Compatibility.Storage", References("Compatibility.Api"));
    }

    [Theory]
    [InlineData("Compatibility.Core")]
    [InlineData("Compatibility.Storage")]
    [InlineData("Compatibility.Cli")]
    public void Only_the_http_projects_take_the_aspnet_framework(string project)
    {
        var csproj = Project(project);
        Assert.Equal("Microsoft.NET.Sdk", csproj.Root!.Attribute("Sdk")?.Value);
        Assert.DoesNotContain(csproj.Descendants().Where(e => e.Name.LocalName == "FrameworkReference"), e => e.Attribute("Include")?.Value == "Microsoft.AspNetCore.App");
    }

    [Fact]
    public void Core_does_no_file_or_network_io()
    {
        var files = Directory.GetFiles(Path.Combine(Source, "Compatibility.Core"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var offenders = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => Io().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Core does I/O (read files in the CLI or an adapter and pass the data in):\n" + string.Join("\n", offenders));
        Assert.NotEmpty(files);
    }

    private static IEnumerable<string> Projects() =>
        Directory.GetDirectories(Source).Select(Path.GetFileName).Where(d => File.Exists(Path.Combine(Source, d!, d + ".csproj")))!;

    private static XDocument Project(string name) => XDocument.Load(Path.Combine(Source, name, name + ".csproj"));

    private static IEnumerable<string> References(string project) =>
        Project(project).Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')));

    [GeneratedRegex(@"(?<id>\w+)\[(?<name>[\w.]+)\]")]
    private static partial Regex NodeName();

    [GeneratedRegex(@"^\s*(?<from>\w+)(\[[\w.]+\])?\s*-->\s*(?<to>\w+)", RegexOptions.Multiline)]
    private static partial Regex Edge();

    // Files, directories, streams over files, sockets, HTTP, the environment: what the pure core must never touch.
    [GeneratedRegex(@"\b(File|Directory|FileStream|FileInfo|DirectoryInfo|HttpClient|Socket|TcpClient|WebRequest)\s*[.(]|\bnew\s+(FileStream|StreamReader\s*\(\s*""|StreamWriter)|Environment\.(GetEnvironmentVariable|CurrentDirectory)")]
    private static partial Regex Io();
}
