using Compatibility.Infra.Tests.Bicep;
using Compatibility.Infra.Tests.Support;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>
/// The templates compile and lint with no diagnostics at all. infra/bicepconfig.json raises every
/// linter rule to error, so "no output on stderr" means no warning was merely tolerated.
/// </summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class BicepCompilationTests(CompiledInfrastructure infrastructure)
{
    [Fact]
    public void Main_template_builds_without_diagnostics()
    {
        Assert.Equal(0, infrastructure.MainBuild.ExitCode);
        Assert.Empty(infrastructure.MainBuild.Diagnostics);
    }

    [Fact]
    public void Main_template_and_its_modules_lint_clean()
    {
        var lint = BicepCli.Run("lint", RepositoryPaths.MainTemplate);

        Assert.True(lint.ExitCode == 0, lint.Describe());
        Assert.Empty(lint.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(EnvironmentParameters.Files), MemberType = typeof(EnvironmentParameters))]
    public void Every_environment_builds_its_parameters_without_diagnostics(string parameterFile)
    {
        var parameters = EnvironmentParameters.Compile(parameterFile);

        Assert.Empty(parameters.Build.Diagnostics);
        Assert.NotEmpty(parameters.Values);
    }

    [Theory]
    [MemberData(nameof(EnvironmentParameters.Files), MemberType = typeof(EnvironmentParameters))]
    public void Every_environment_lints_clean(string parameterFile)
    {
        var lint = BicepCli.Run("lint", Path.Combine(RepositoryPaths.Infra, parameterFile));

        Assert.True(lint.ExitCode == 0, lint.Describe());
        Assert.Empty(lint.Diagnostics);
    }

    [Fact]
    public void Both_staging_and_production_are_defined()
    {
        var files = RepositoryPaths.ParameterFiles().Select(Path.GetFileName).ToList();

        Assert.Contains("staging.bicepparam", files);
        Assert.Contains("production.bicepparam", files);
    }

    [Fact]
    public void Linter_treats_every_rule_as_an_error()
    {
        var config = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Infra, "bicepconfig.json")))!;
        var core = config["analyzers"]!["core"]!;
        var rules = core["rules"]!.AsObject();

        Assert.True(core["enabled"]!.GetValue<bool>());
        Assert.Contains("no-unused-params", rules.Select(r => r.Key));
        Assert.All(rules, rule => Assert.Equal("error", rule.Value!["level"]!.GetValue<string>()));
    }

    [Fact]
    public void Modules_are_local_files_not_registry_references()
    {
        var sources = Directory.GetFiles(RepositoryPaths.Infra, "*.bicep", SearchOption.AllDirectories);

        Assert.NotEmpty(sources);
        Assert.All(sources, file => Assert.DoesNotContain("'br/", File.ReadAllText(file), StringComparison.Ordinal));
        Assert.All(sources, file => Assert.DoesNotContain("'br:", File.ReadAllText(file), StringComparison.Ordinal));
    }
}
