using System.Text;
using BenchmarkDotNet.Attributes;
using Compatibility.Api;
using Compatibility.Api.Features.Check;
using Compatibility.Core.Catalogue;
using Compatibility.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Compatibility.Benchmarks;

/// <summary>
/// The load test's <c>POST /api/v1/check</c> (scripts/load/check-bundle.lua: three products, labels inline) in process:
/// the handler reads the body, checks and writes the JSON response into memory, as Kestrel would run it but without the
/// socket. <see cref="WholeRequest"/> is what the server spends per check beyond what health costs it.
/// </summary>
[MemoryDiagnoser]
public class CheckRequestBenchmarks
{
    private byte[] _body = null!;
    private ServiceProvider _services = null!;
    private CheckHandler _handler = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lua = File.ReadAllText(Repository.PathTo("scripts", "load", "check-bundle.lua"));
        var start = lua.IndexOf("[[", StringComparison.Ordinal) + 2;
        _body = Encoding.UTF8.GetBytes(lua[start..lua.LastIndexOf("]]", StringComparison.Ordinal)]);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddCompatibilityApi(new ConfigurationBuilder().Build());
        services.AddSingleton<ICatalogueProvider, EmbeddedCatalogueProvider>();
        _services = services.BuildServiceProvider();
        _handler = _services.GetRequiredService<CheckHandler>();
    }

    private CheckResponse _response = null!;
    private System.Text.Json.JsonSerializerOptions _aspnet = null!;
    private readonly System.Buffers.ArrayBufferWriter<byte> _out = new(16 * 1024);

    [GlobalSetup(Target = nameof(SerializeResponse))]
    public void SetupSerialize()
    {
        Setup();
        var context = Context();
        var read = _services.GetRequiredService<Compatibility.Api.Features.Aftercare.AftercareRequests>().ReadAsync(context.Request, Compatibility.Api.Json.ApiJsonContext.Default.CheckRequest, CancellationToken.None).Result;
        read.TryGetInput(out var input, out _);
        var result = _services.GetRequiredService<Compatibility.Core.Checking.CheckEngine>().Check(new Compatibility.Core.Checking.CheckInput(read.Procedure!, DateTimeOffset.Parse(input!.At!, System.Globalization.CultureInfo.InvariantCulture), read.Protocol!, read.Products));
        _response = CheckResponse.From(result, Compatibility.Api.Features.Catalogue.CatalogueInfo.From(_services.GetRequiredService<ICatalogueProvider>()));
        _aspnet = _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
    }

    [Benchmark]
    public int SerializeResponse()
    {
        _out.ResetWrittenCount();
        using var writer = new System.Text.Json.Utf8JsonWriter(_out, new System.Text.Json.JsonWriterOptions { Encoder = _aspnet.Encoder });
        System.Text.Json.JsonSerializer.Serialize(writer, _response, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<CheckResponse>)_aspnet.GetTypeInfo(typeof(CheckResponse)));
        return _out.WrittenCount;
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public object? FindDuplicates() => Compatibility.Api.Http.DuplicateMembers.Find(_body);

    [Benchmark]
    public object? Deserialize() => System.Text.Json.JsonSerializer.Deserialize(_body, Compatibility.Api.Json.ApiJsonContext.Default.CheckRequest);

    [Benchmark]
    public async Task<object> ReadRequest()
    {
        var context = Context();
        return await _services.GetRequiredService<Compatibility.Api.Features.Aftercare.AftercareRequests>().ReadAsync(context.Request, Compatibility.Api.Json.ApiJsonContext.Default.CheckRequest, CancellationToken.None);
    }

    [Benchmark]
    public async Task<object> ReadAndCheck()
    {
        var context = Context();
        var read = await _services.GetRequiredService<Compatibility.Api.Features.Aftercare.AftercareRequests>().ReadAsync(context.Request, Compatibility.Api.Json.ApiJsonContext.Default.CheckRequest, CancellationToken.None);
        return _services.GetRequiredService<Compatibility.Core.Checking.CheckEngine>().Check(new Compatibility.Core.Checking.CheckInput(read.Procedure!, read.TryGetInput(out var input, out _) ? DateTimeOffset.Parse(input.At!, System.Globalization.CultureInfo.InvariantCulture) : null, read.Protocol!, read.Products));
    }

    private DefaultHttpContext Context()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = _body.Length;
        context.Request.Body = new MemoryStream(_body, writable: false);
        return context;
    }

    [Benchmark]
    public async Task<long> WholeRequest()
    {
        var context = Context();
        var response = new MemoryStream(8 * 1024);
        context.Response.Body = response;
        var result = await _handler.HandleAsync(context.Request, CancellationToken.None);
        await result.ExecuteAsync(context);
        if (context.Response.StatusCode != 200)
        {
            throw new InvalidOperationException($"check answered {context.Response.StatusCode}");
        }

        return response.Length;
    }
}
