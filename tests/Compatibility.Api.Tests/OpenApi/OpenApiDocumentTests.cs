using System.Net;
using System.Text.Json.Nodes;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.OpenApi;
using Compatibility.Testing;

namespace Compatibility.Api.Tests.OpenApi;

/// <summary>
/// The committed docs/openapi.json is what both hosts serve; it must equal the document generated from the
/// DevServer's endpoint metadata (served in Development only, as `dotnet run` starts it), and agree with the contract. Regenerate with
/// <c>UPDATE_OPENAPI=1 dotnet test tests/Compatibility.Api.Tests --filter OpenApi</c>.
/// </summary>
public sealed class OpenApiDocumentTests(DevelopmentDevServer factory) : IClassFixture<DevelopmentDevServer>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Committed_document_matches_the_generated_one()
    {
        var generated = await _client.GetStringAsync("/openapi/v1.json");
        var path = Repository.PathTo("docs", "openapi.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, JsonNode.Parse(generated)!.ToJsonString(new() { WriteIndented = true }) + "\n");
        }

        var committed = JsonNode.Parse(await File.ReadAllTextAsync(path));
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(generated), committed),
            "docs/openapi.json is stale: run UPDATE_OPENAPI=1 dotnet test tests/Compatibility.Api.Tests --filter OpenApi");
    }

    [Fact]
    public async Task Both_hosts_serve_the_committed_document()
    {
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Repository.PathTo("docs", "openapi.json")));

        var response = await _client.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var fromDevServer = await response.Content.ReadAsStringAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fromDevServer), committed), "the DevServer's /api/openapi.json differs from docs/openapi.json");

        // The Functions app's function, called as the worker calls it (the Functions host cannot run here).
        using var functions = new FunctionHost();
        var request = functions.Request("GET");
        var (status, contentType, fromFunctions) = await FunctionHost.ExecuteAsync(functions.Create<OpenApiDocumentFunction>().Run(request), request);
        Assert.Equal(200, status);
        Assert.StartsWith("application/json", contentType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(fromFunctions), committed), "the Functions app's /api/openapi.json differs from docs/openapi.json");
        Assert.Equal(fromDevServer, fromFunctions);
    }

    [Theory]
    [InlineData("/api/v1/ingredients/analyze", "post")]
    [InlineData("/api/v1/check", "post")]
    [InlineData("/api/v1/routines/check", "post")]
    [InlineData("/api/v1/plan", "post")]
    [InlineData("/api/v1/protocols", "get")]
    [InlineData("/api/v1/protocols/{id}", "get")]
    [InlineData("/api/v1/ingredients/{id}", "get")]
    [InlineData("/api/v1/ingredients/{id}", "put")]
    [InlineData("/api/v1/products/{sku}", "put")]
    [InlineData("/api/health", "get")]
    public async Task Document_has_every_contract_operation(string path, string method)
    {
        var document = await Document();
        Assert.NotNull(document["paths"]?[path]?[method]);
    }

    [Theory]
    [InlineData("CheckResponse", "verdict,readyAt,hoursSinceProcedure,protocol,products,conflicts")]
    [InlineData("ProductResult", "ref,name,verdict,allowedFrom,findings,unrecognized")]
    [InlineData("Finding", "ingredient,class,rule,verdict,until,reason")]
    [InlineData("ProductConflict", "products,classes,reason,advice")]
    [InlineData("AnalyzeResponse", "ingredients,recognized,unrecognized,classes,incomplete,dropped")]
    [InlineData("AnalyzedIngredient", "input,position,match,suggestions,mayContain,percent,origin,readings,also,ambiguity,candidates")]
    [InlineData("EntryReadingDto", "text,kind,match,outcome")]
    [InlineData("EntryPartDto", "text,match,percent,suggestions")]
    [InlineData("DroppedTextDto", "text,start,end,reason")]
    [InlineData("IngredientMatchDto", "id,inciName,confidence,classes")]
    [InlineData("CheckRequest", "procedure,at,protocol,products")]
    [InlineData("ProcedureInput", "type,performedAt,needleDepthMm")]
    [InlineData("ProductInput", "ref,name,category,inci,sku")]
    public async Task Schemas_keep_the_contract_field_names(string schema, string fields)
    {
        var properties = (await Document())["components"]!["schemas"]![schema]!["properties"]!.AsObject();
        foreach (var field in fields.Split(','))
        {
            Assert.True(properties.ContainsKey(field), $"{schema} lacks '{field}'");
        }
    }

    [Fact]
    public async Task Enums_are_the_contract_values()
    {
        var schemas = (await Document())["components"]!["schemas"]!;
        Assert.Equal(
            new[] { "allowed", "blocked", "review", "wait" },
            schemas["Verdict"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(["exact", "synonym", "fuzzy"], schemas["MatchConfidence"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    private async Task<JsonNode> Document() => JsonNode.Parse(await _client.GetStringAsync("/api/openapi.json"))!;
}
