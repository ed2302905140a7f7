using System.Text.Json.Nodes;
using Compatibility.Infra.Tests.Arm;
using Compatibility.Infra.Tests.Bicep;
using Compatibility.Infra.Tests.Support;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>Compiles infra/main.bicep once for all template tests (the CLI takes a few seconds per run).</summary>
public sealed class CompiledInfrastructure
{
    private readonly Lazy<(BicepResult Result, ArmTemplate Template)> main = new(CompileMain);

    internal BicepResult MainBuild => main.Value.Result;

    internal ArmTemplate Main => main.Value.Template;

    private static (BicepResult, ArmTemplate) CompileMain()
    {
        var result = BicepCli.Run("build", RepositoryPaths.MainTemplate, "--stdout");
        Assert.True(result.ExitCode == 0, $"bicep build main.bicep failed: {result.Describe()}");
        return (result, new ArmTemplate(JsonNode.Parse(result.StandardOutput)!.AsObject()));
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledInfrastructureCollection : ICollectionFixture<CompiledInfrastructure>
{
    public const string Name = "compiled infrastructure";
}
