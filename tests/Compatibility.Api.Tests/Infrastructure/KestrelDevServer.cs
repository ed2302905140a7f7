using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>
/// The DevServer (embedded catalogue, known key) on real Kestrel sockets at a free loopback port: for what the
/// in-memory server does not model (the <c>Server</c> header, HEAD bodies, request-line and header limits, slow bodies).
/// </summary>
public sealed class KestrelDevServer : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    public KestrelDevServer()
        : this(_ => { })
    {
    }

    private KestrelDevServer(Action<IWebHostBuilder> configure)
    {
        _factory = new DevServerFactory().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("urls", "http://127.0.0.1:0");
            configure(builder);
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public Uri BaseAddress { get; }

    /// <summary>A server with extra settings (logging, Kestrel limits); one public constructor is what xUnit fixtures need.</summary>
    public static KestrelDevServer With(Action<IWebHostBuilder> configure) => new(configure);

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public async Task<RawResponse> SendRawAsync(string head, string body = "", bool halfClose = false) =>
        await RawHttp.SendAsync(BaseAddress, head, body, halfClose) ?? throw new Xunit.Sdk.XunitException("The server closed the connection without an answer.");

    /// <summary>As <see cref="SendRawAsync"/>, but null when the server closed the connection without answering.</summary>
    public Task<RawResponse?> TrySendRawAsync(string head, string body = "", bool halfClose = false) =>
        RawHttp.SendAsync(BaseAddress, head, body, halfClose);

    public void Dispose() => _factory.Dispose();
}
