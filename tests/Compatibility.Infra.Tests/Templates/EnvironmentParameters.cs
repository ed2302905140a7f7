using System.Text.Json.Nodes;
using Compatibility.Infra.Tests.Bicep;
using Compatibility.Infra.Tests.Support;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>The parameter values of one environment, as `bicep build-params` resolves them.</summary>
internal sealed record EnvironmentParameters(string File, BicepResult Build, JsonObject Values)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<EnvironmentParameters>> Compiled = new();

    /// <summary>Builds a parameter file once per test run.</summary>
    public static EnvironmentParameters Compile(string fileName) =>
        Compiled.GetOrAdd(fileName, name => new Lazy<EnvironmentParameters>(() => CompileOnce(name))).Value;

    private static EnvironmentParameters CompileOnce(string fileName)
    {
        var path = Path.Combine(RepositoryPaths.Infra, fileName);
        var result = BicepCli.Run("build-params", path, "--stdout");
        Assert.True(result.ExitCode == 0, $"bicep build-params {fileName} failed: {result.Describe()}");
        var output = JsonNode.Parse(result.StandardOutput)!.AsObject();
        var parameters = JsonNode.Parse(output["parametersJson"]!.GetValue<string>())!["parameters"]!.AsObject();
        return new EnvironmentParameters(fileName, result, parameters);
    }

    public JsonNode? this[string name] => Values[name]?["value"];

    /// <summary>Theory data: the file name of every .bicepparam under infra/.</summary>
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in RepositoryPaths.ParameterFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
