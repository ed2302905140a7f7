using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Compatibility.Api;
using Compatibility.Api.Features.Aftercare;
using Compatibility.Api.Features.Catalogue;
using Compatibility.Api.Features.Check;
using Compatibility.Api.Http;
using Compatibility.Api.Json;
using Compatibility.Core.Catalogue;
using Compatibility.Core.Checking;
using Compatibility.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Compatibility.Benchmarks;

/// <summary>
/// The load test's <c>POST /api/v1/check</c> (scripts/load/check-bundle.lua: three products, labels inline) in process:
/// the handler reads the body, checks and writes the JSON response into memory, as Kestrel would run it but without the
/// socket. <see cref="WholeRequest"/> is what the server spends per check beyond what health costs it; the others are its
/// stages (the body's duplicate scan, binding, reading and validating, the engine, serialising the response).
/// </summary>
[MemoryDiagnoser]
public class CheckRequestBenchmarks
{
    private readonly ArrayBufferWriter<byte> _out = new(16 * 1024);
    private byte[] _body = null!;
    private ServiceProvider _services = null!;
    private AftercareRequests _requests = null!;
    private CheckEngine _engine = null!;
    private CheckHandler _handler = null!;
    private CheckResponse _response = null!;
    private JsonTypeInfo<CheckResponse> _responseJson = null!;
    private JsonWriterOptions _writerOptions;

    [GlobalSetup]
    public async Task Setup()
    {
        var lua = await File.ReadAllTextAsync(Repository.PathTo("scripts", "load", "check-bundle.lua"));
        var start = lua.IndexOf("[[", StringComparison.Ordinal) + 2;
        _body = Encoding.UTF8.GetBytes(lua[start..lua.LastIndexOf("]]", StringComparison.Ordinal)]);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddCompatibilityApi(new ConfigurationBuilder().Build());
        services.AddSingleton<ICatalogueProvider, EmbeddedCatalogueProvider>();
        _services = services.BuildServiceProvider();
        _requests = _services.GetRequiredService<AftercareRequests>();
        _engine = _services.GetRequiredService<CheckEngine>();
        _handler = _services.GetRequiredService<CheckHandler>();

        // What the server serialises: ASP.NET's options with the API's context, and the response of this body.
        var options = _services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;
        _responseJson = (JsonTypeInfo<CheckResponse>)options.GetTypeInfo(typeof(CheckResponse));
        _writerOptions = new JsonWriterOptions { Encoder = options.Encoder };
        _response = CheckResponse.From((CheckResult)await ReadAndCheck(), CatalogueInfo.From(_services.GetRequiredService<ICatalogueProvider>()));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public object? FindDuplicates() => DuplicateMembers.Find(_body);

    [Benchmark]
    public object? Deserialize() => JsonSerializer.Deserialize(_body, ApiJsonContext.Default.CheckRequest);

    [Benchmark]
    public async Task<object> ReadRequest() => await _requests.ReadAsync(Request(), ApiJsonContext.Default.CheckRequest, CancellationToken.None);

    [Benchmark]
    public async Task<object> ReadAndCheck()
    {
        var read = await _requests.ReadAsync(Request(), ApiJsonContext.Default.CheckRequest, CancellationToken.None);
        var at = read.TryGetInput(out var input, out _) ? DateTimeOffset.Parse(input.At!, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        return _engine.Check(new CheckInput(read.Procedure!, at, read.Protocol!, read.Products));
    }

    [Benchmark]
    public int SerializeResponse()
    {
        _out.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(_out, _writerOptions);
        JsonSerializer.Serialize(writer, _response, _responseJson);
        return _out.WrittenCount;
    }

    [Benchmark]
    public async Task<long> WholeRequest()
    {
        var request = Request();
        var response = new MemoryStream(8 * 1024);
        request.HttpContext.Response.Body = response;
        var result = await _handler.HandleAsync(request, CancellationToken.None);
        await result.ExecuteAsync(request.HttpContext);
        if (request.HttpContext.Response.StatusCode != 200)
        {
            throw new InvalidOperationException($"check answered {request.HttpContext.Response.StatusCode}");
        }

        return response.Length;
    }

    private HttpRequest Request()
    {
        var context = new DefaultHttpContext { RequestServices = _services };
        context.Request.Method = "POST";
        context.Request.ContentType = "application/json";
        context.Request.ContentLength = _body.Length;
        context.Request.Body = new MemoryStream(_body, writable: false);
        return context.Request;
    }
}
