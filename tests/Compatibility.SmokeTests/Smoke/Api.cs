using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Compatibility.SmokeTests.Smoke;

/// <summary>Small request helpers: JSON in, JSON (or problem+json) out, the function key when asked.</summary>
internal static class Api
{
    public static HttpRequestMessage Json(HttpMethod method, string path, JsonNode body, string? functionKey = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (functionKey is not null)
        {
            request.Headers.Add("x-functions-key", functionKey);
        }

        return request;
    }

    public static HttpRequestMessage Empty(HttpMethod method, string path, string? functionKey = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (functionKey is not null)
        {
            request.Headers.Add("x-functions-key", functionKey);
        }

        return request;
    }

    public static HttpRequestMessage IfMatch(this HttpRequestMessage request, EntityTagHeaderValue etag)
    {
        request.Headers.IfMatch.Add(etag);
        return request;
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)?.AsObject() ?? throw new InvalidOperationException($"Expected a JSON object, got: {text}");
    }

    /// <summary>Status plus body, so a failed assertion shows what the server said.</summary>
    public static async Task<string> DescribeAsync(HttpResponseMessage response) =>
        $"{(int)response.StatusCode} {response.StatusCode}: {await response.Content.ReadAsStringAsync()}";
}
