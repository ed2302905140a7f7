using System.Net;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Ingredients;

namespace Compatibility.Api.Tests.Edges;

/// <summary>RFC 9110 §8.3.1: a charset parameter may be a quoted string; <c>"utf-8"</c> is UTF-8. Other charsets stay a 415.</summary>
public sealed class MediaTypeTests(DevServerFactory factory) : IClassFixture<DevServerFactory>, IDisposable
{
    private const string Analyze = """{"inci":"Aqua, Glycerin"}""";

    private readonly FunctionHost _functions = new();

    [Theory]
    [InlineData("application/json; charset=\"utf-8\"", HttpStatusCode.OK)]
    [InlineData("application/json; charset=\"UTF-8\"", HttpStatusCode.OK)]
    [InlineData("application/json;charset=utf-8", HttpStatusCode.OK)]
    [InlineData("application/problem+json; charset=\"utf-8\"", HttpStatusCode.OK)]
    [InlineData("application/json; charset=\"latin1\"", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=iso-8859-1", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=\"utf-16\"", HttpStatusCode.UnsupportedMediaType)]
    public async Task DevServer_reads_the_charset_quoted_or_not(string contentType, HttpStatusCode expected)
    {
        var content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(Analyze));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var response = await factory.CreateClient().PostAsync("/api/v1/ingredients/analyze", content);

        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(2, (await HttpAssert.JsonAsync(response)).GetProperty("recognized").GetInt32());
        }
        else
        {
            await HttpAssert.ContractProblemAsync(response, expected, ProblemTypes.UnsupportedMediaType);
        }
    }

    [Theory]
    [InlineData("application/json; charset=\"utf-8\"", 200)]
    [InlineData("application/json; charset=\"windows-1252\"", 415)]
    public async Task Functions_read_the_charset_quoted_or_not(string contentType, int expected)
    {
        var request = _functions.Request("POST", Analyze, contentType);
        var (status, _, _) = await FunctionHost.ExecuteAsync(await _functions.Create<AnalyzeIngredientsFunction>().Run(request, CancellationToken.None), request);

        Assert.Equal(expected, status);
    }

    public void Dispose() => _functions.Dispose();
}
