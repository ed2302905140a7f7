using System.Net;
using System.Text.Json;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>Assertions on problem responses (RFC 9457).</summary>
public static class HttpAssert
{
    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("type").GetString()));
        if (field is not null)
        {
            Assert.True(
                problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _),
                $"expected errors['{field}'] in {problem}");
        }

        return problem;
    }

    /// <summary>
    /// The contract's problem shape in full: status, <c>application/problem+json</c>, the expected <c>type</c>, a title,
    /// a detail, and (when a field is at fault) an <c>errors</c> entry keyed by its JSON path with a message.
    /// </summary>
    public static async Task<JsonElement> ContractProblemAsync(HttpResponseMessage response, HttpStatusCode status, string type, string? field = null)
    {
        var problem = await ProblemAsync(response, status, field);
        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()), $"expected a detail in {problem}");
        if (field is not null)
        {
            var messages = problem.GetProperty("errors").GetProperty(field);
            Assert.NotEqual(0, messages.GetArrayLength());
            Assert.All(messages.EnumerateArray(), m => Assert.False(string.IsNullOrWhiteSpace(m.GetString())));
        }

        return problem;
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");
}
