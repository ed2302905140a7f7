using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>The DevServer with a <see cref="FakeTimeProvider"/> as its clock, so "now" (an omitted <c>at</c>) is deterministic.</summary>
public sealed class ClockedDevServer : IDisposable
{
    /// <summary>Two days after <see cref="AftercareJson.PerformedAt"/> (09:00Z).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);

    public ClockedDevServer()
    {
        Factory = new DevServerFactory().WithWebHostBuilder(b =>
            b.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock)));
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public WebApplicationFactory<Program> Factory { get; }

    public void Dispose() => Factory.Dispose();
}
