using System.Net;
using System.Text.RegularExpressions;
using Compatibility.Api.Tests.Infrastructure;

namespace Compatibility.Api.Tests.OpenApi;

/// <summary>The DevServer's interactive API reference (Scalar) reads the committed document and loads nothing from outside.</summary>
public sealed class ApiReferenceTests(DevServerFactory factory) : IClassFixture<DevServerFactory>
{
    [Fact]
    public async Task The_reference_page_uses_the_committed_document_and_its_own_script()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/api-reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"url\":\"api/openapi.json\"", page, StringComparison.Ordinal);
        var scripts = Regex.Matches(page, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var src in scripts)
        {
            Assert.DoesNotMatch("^(https?:)?//", src);
            var script = await client.GetAsync(new Uri(new Uri("http://localhost/api-reference/"), src));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.NotEmpty(await script.Content.ReadAsByteArrayAsync());
        }

        // The reference itself is the big bundled script, not a loader for a CDN copy.
        var bundle = await client.GetByteArrayAsync("/api-reference/scalar.js");
        Assert.True(bundle.Length > 1_000_000, $"scalar.js is {bundle.Length} bytes");
    }
}
