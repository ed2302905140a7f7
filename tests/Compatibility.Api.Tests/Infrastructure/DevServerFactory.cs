using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Compatibility.Api.Tests.Infrastructure;

/// <summary>The DevServer in memory, with a known admin key.</summary>
public sealed class DevServerFactory : WebApplicationFactory<Program>
{
    public const string FunctionKey = "test-function-key";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Admin:FunctionKey", FunctionKey);
        builder.UseEnvironment("Testing");
    }
}
