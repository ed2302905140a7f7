using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>The DevServer as `dotnet run` starts it (launchSettings: Development): the generated document and the development key.</summary>
public sealed class DevelopmentDevServer : WebApplicationFactory<Program>
{
    /// <summary>The key committed in appsettings.Development.json, for local use only.</summary>
    public const string DevelopmentKey = "local-dev-key";

    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development");
}
