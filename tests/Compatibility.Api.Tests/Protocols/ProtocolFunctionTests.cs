using System.Text.Json;
using Compatibility.Api.Http;
using Compatibility.Api.Tests.Infrastructure;
using Compatibility.Functions.Protocols;

namespace Compatibility.Api.Tests.Protocols;

/// <summary>The protocol function classes called directly.</summary>
public sealed class ProtocolFunctionTests : IDisposable
{
    private readonly FunctionHost _host = new();

    [Fact]
    public async Task List_function_lists_the_default()
    {
        var request = _host.Request("GET");
        var (status, _, body) = await FunctionHost.ExecuteAsync(_host.Create<ListProtocolsFunction>().Run(request), request);

        Assert.Equal(200, status);
        var json = JsonDocument.Parse(body).RootElement;
        var defaultId = json.GetProperty("defaultId").GetString();
        Assert.Contains(defaultId, json.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Get_function_returns_windows_with_sources()
    {
        var request = _host.Request("GET");
        var (status, _, body) = await FunctionHost.ExecuteAsync(_host.Create<GetProtocolFunction>().Run(request, "microneedling-standard"), request);

        Assert.Equal(200, status);
        var windows = JsonDocument.Parse(body).RootElement.GetProperty("windows").EnumerateArray().ToList();
        Assert.NotEmpty(windows);
        Assert.All(windows, w => Assert.NotEqual(0, w.GetProperty("sources").GetArrayLength()));
    }

    [Fact]
    public async Task Get_function_returns_404_naming_id()
    {
        var request = _host.Request("GET");
        var (status, contentType, body) = await FunctionHost.ExecuteAsync(_host.Create<GetProtocolFunction>().Run(request, "nope"), request);

        Assert.Equal(404, status);
        Assert.Equal("application/problem+json", contentType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(ProblemTypes.NotFound, problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _));
    }

    public void Dispose() => _host.Dispose();
}
