namespace Compatibility.Infra.Tests.Templates;

/// <summary>The outputs azd stores and the workflows read (base URL for the smoke suite, names for key lookup and seeding).</summary>
[Collection(CompiledInfrastructureCollection.Name)]
public sealed class OutputTests(CompiledInfrastructure infrastructure)
{
    private string Output(string name) => infrastructure.Main.Outputs[name]!["value"]!.GetValue<string>();

    [Fact]
    public void Base_url_is_https_host_with_the_api_prefix() =>
        Assert.Equal("[format('https://{0}/api', reference('functionApp').outputs.defaultHostName.value)]", Output("FUNCTION_APP_BASE_URL"));

    [Fact]
    public void Names_needed_after_provisioning_are_output()
    {
        Assert.Equal("[reference('functionApp').outputs.name.value]", Output("AZURE_FUNCTION_APP_NAME"));
        Assert.Equal("[reference('storage').outputs.name.value]", Output("AZURE_STORAGE_ACCOUNT_NAME"));
        Assert.Equal("[format('rg-{0}', parameters('environmentName'))]", Output("AZURE_RESOURCE_GROUP"));
        Assert.Equal("[reference('storage').outputs.tableEndpoint.value]", Output("CATALOGUE_TABLE_SERVICE_URI"));
        Assert.Equal("[variables('catalogueTablePrefix')]", Output("CATALOGUE_TABLE_PREFIX"));
    }

    [Fact]
    public void No_output_is_marked_or_named_as_a_secret() =>
        Assert.All(infrastructure.Main.Outputs, output =>
        {
            Assert.NotEqual("securestring", output.Value!["type"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase);
            Assert.DoesNotContain("KEY", output.Key, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("SECRET", output.Key, StringComparison.OrdinalIgnoreCase);
        });
}
