using System.Text.RegularExpressions;
using Compatibility.Infra.Tests.Support;
using Compatibility.Testing;

namespace Compatibility.Infra.Tests.Templates;

/// <summary>
/// azure.yaml, the azd hooks and the workflows agree with the template: every provisioning output they
/// read exists, and they point at the projects that exist. Catches renames that only fail in Azure.
/// </summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed partial class DeploymentWiringTests(CompiledInfrastructure infrastructure)
{
    private static string Read(string relativePath) => File.ReadAllText(Repository.PathTo(relativePath));

    public static TheoryData<string> FilesReadingOutputs() =>
    [
        "infra/hooks/seed-catalogue.sh",
        "infra/hooks/seed-catalogue.ps1",
        ".github/workflows/deploy-environment.yml",
    ];

    [Theory]
    [MemberData(nameof(FilesReadingOutputs))]
    public void Every_output_a_script_reads_is_an_output_of_main(string relativePath)
    {
        var used = OutputNames().Matches(Read(relativePath)).Select(m => m.Value).Distinct().ToList();

        Assert.NotEmpty(used);
        Assert.All(used, name => Assert.True(infrastructure.Main.Outputs.ContainsKey(name), $"{relativePath} reads {name}, which main.bicep does not output"));
    }

    [Fact]
    public void Azd_deploys_the_functions_project_as_a_dotnet_function()
    {
        var azure = Read("azure.yaml");

        Assert.Contains("project: ./src/Compatibility.Functions", azure, StringComparison.Ordinal);
        Assert.Contains("language: dotnet", azure, StringComparison.Ordinal);
        Assert.Contains("host: function", azure, StringComparison.Ordinal);
        Assert.True(File.Exists(Repository.PathTo("src", "Compatibility.Functions", "Compatibility.Functions.csproj")));
        // The service name is how azd finds the app: the tag on the function app.
        Assert.Contains("  api:", azure, StringComparison.Ordinal);
    }

    [Fact]
    public void Post_provision_seeds_the_catalogue_with_the_import_command()
    {
        var azure = Read("azure.yaml");
        var hook = Read("infra/hooks/seed-catalogue.sh");

        Assert.Contains("postprovision:", azure, StringComparison.Ordinal);
        Assert.Contains("./infra/hooks/seed-catalogue.sh", azure, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Compatibility.Cli", hook, StringComparison.Ordinal);
        Assert.Contains("-- import", hook, StringComparison.Ordinal);
        Assert.Contains("--table-service-uri \"$CATALOGUE_TABLE_SERVICE_URI\"", hook, StringComparison.Ordinal);
    }

    [Fact]
    public void Staging_runs_the_smoke_suite_against_the_deployment_with_a_fetched_key()
    {
        var deploy = Read(".github/workflows/deploy-environment.yml");
        var staging = Read(".github/workflows/staging.yml");

        Assert.Contains("az functionapp keys list", deploy, StringComparison.Ordinal);
        Assert.Contains("SMOKE_BASE_URL", deploy, StringComparison.Ordinal);
        Assert.Contains("SMOKE_FUNCTION_KEY", deploy, StringComparison.Ordinal);
        Assert.Contains("dotnet test tests/Compatibility.SmokeTests", deploy, StringComparison.Ordinal);
        Assert.Contains("id-token: write", deploy, StringComparison.Ordinal);
        Assert.Contains("environment: staging", staging, StringComparison.Ordinal);
        Assert.Contains("environment: production", staging, StringComparison.Ordinal);
    }

    [Fact]
    public void Ci_lints_every_environment()
    {
        var ci = Read(".github/workflows/ci.yml");

        Assert.Contains("infra/*.bicepparam", ci, StringComparison.Ordinal);
        Assert.Contains("build-params", ci, StringComparison.Ordinal);
        Assert.Contains("lint", ci, StringComparison.Ordinal);
        Assert.Contains("dotnet test", ci, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parameter_selection_hook_knows_every_environment()
    {
        var hook = Read("infra/hooks/select-parameters.sh");

        Assert.Contains("$kind.bicepparam", hook, StringComparison.Ordinal);
        Assert.Contains("main.bicepparam", hook, StringComparison.Ordinal);
        Assert.Contains("infra/main.bicepparam", Read(".gitignore"), StringComparison.Ordinal);
    }

    [Fact]
    public void Published_functions_are_ready_to_run_for_linux_x64()
    {
        // azd deploy runs `dotnet publish`; ReadyToRun spares a cold start the JIT (docs/deploy.md).
        var project = System.Xml.Linq.XDocument.Load(Repository.PathTo("src", "Compatibility.Functions", "Compatibility.Functions.csproj"));
        var publishing = project.Descendants("PropertyGroup")
            .Single(g => ((string?)g.Attribute("Condition"))?.Contains("_IsPublishing", StringComparison.Ordinal) == true);

        Assert.Equal("true", (string?)publishing.Element("PublishReadyToRun"));
        Assert.Equal("linux-x64", (string?)publishing.Element("RuntimeIdentifier"));
        Assert.Equal("false", (string?)publishing.Element("SelfContained"));
    }

    [GeneratedRegex(@"\b(CATALOGUE_[A-Z_]+|FUNCTION_APP_BASE_URL|AZURE_FUNCTION_APP_NAME|AZURE_RESOURCE_GROUP|AZURE_STORAGE_ACCOUNT_NAME)\b")]
    private static partial Regex OutputNames();
}
