using Compatibility.Api;
using Compatibility.Core.Catalogue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

namespace Compatibility.Functions;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddCompatibilityApi(builder.Configuration);
        var host = builder.Build();

        // Load the catalogue at start so the first invocation does not pay for it (cold start).
        host.Services.GetRequiredService<ICatalogueProvider>();
        host.Run();
    }
}
